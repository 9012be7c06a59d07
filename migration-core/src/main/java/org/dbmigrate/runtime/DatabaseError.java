package org.dbmigrate.runtime;

import java.sql.SQLException;
import org.dbmigrate.error.MigrationError;

/**
 * The database refused something the engine itself asked for (connect, read the version table,
 * commit). Carries the driver's message, shortened to its first line.
 */
public class DatabaseError extends MigrationError {
    private static final long serialVersionUID = 1L;

    public DatabaseError(String message, SQLException cause) {
        super(message, cause);
    }

    /** The driver's message on one line (PostgreSQL adds "Position:"/"Detail:" lines). */
    public static String firstLine(SQLException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip();
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline).strip();
    }
}
