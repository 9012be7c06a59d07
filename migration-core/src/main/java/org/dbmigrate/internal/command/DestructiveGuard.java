package org.dbmigrate.internal.command;

import java.sql.SQLException;
import org.dbmigrate.config.JdbcUrls;
import org.dbmigrate.error.MigrationError;
import org.dbmigrate.internal.runtime.Database;
import org.dbmigrate.runtime.DatabaseError;

/**
 * The guard on commands that destroy data or history ({@code clean}, {@code stamp --purge},
 * {@code downgrade base} or of more than one revision): {@code protect = true} refuses them; on a
 * database that is not local (see {@link JdbcUrls#isLocal}) the listener must confirm (a terminal
 * question, or {@code --yes} / {@code -Dyes}).
 */
public final class DestructiveGuard {

    private DestructiveGuard() {
    }

    /** @param what the command as the user wrote it, e.g. {@code downgrade base} */
    public static void check(CommandContext context, Database database, String what) {
        if (context.config().safety().protect()) {
            throw new MigrationError(what + " is refused: the config sets 'protect = true' in [migrate]"
                    + " (or -Dmigrate.protect); it protects this database from destructive commands");
        }
        String url;
        try {
            url = database.connection().getMetaData().getURL();
        } catch (SQLException e) {
            throw new DatabaseError("cannot read the connection's URL: " + DatabaseError.firstLine(e), e);
        }
        if (JdbcUrls.isLocal(url)) {
            return;
        }
        String shown = JdbcUrls.redact(url);
        if (!context.listener().confirm(what + " on " + shown + ", which is not a local database. Go on?")) {
            throw new MigrationError(what + " on " + shown + " was not confirmed: it is not a local database;"
                    + " answer 'yes' on a terminal, or add --yes (Maven: -Dyes) to confirm");
        }
    }
}
