package org.dbmigrate.internal.autogenerate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import org.dbmigrate.error.MigrationError;
import org.dbmigrate.internal.dialect.Dialect;
import org.dbmigrate.internal.dialect.H2Dialect;
import org.dbmigrate.internal.dialect.MySqlDialect;
import org.dbmigrate.internal.runtime.ConnectionSource;
import org.dbmigrate.internal.runtime.Database;
import org.dbmigrate.internal.script.SqlStatement;
import org.dbmigrate.internal.script.SqlStatements;

/**
 * {@code model = schema:schema.sql}: a file that creates the wanted schema. It runs in a scratch
 * place on the target's server (PostgreSQL: a new schema; MySQL/MariaDB: a new database; H2: a
 * private in-memory database), which is read back and dropped.
 */
final class SchemaFileModel implements ModelSource {

    private final Path file;

    SchemaFileModel(Path file) {
        this.file = file;
    }

    @Override
    public SchemaSnapshot read(Database target, ConnectionSource connections) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new MigrationError("cannot read the model file " + file + " (" + e.getMessage()
                    + "); check [autogenerate] model = schema:...", e);
        }
        Dialect dialect = target.dialect();
        List<SqlStatement> statements = SqlStatements.split(file.toString(), text, connections.sqlSyntax());
        String scratch = "dbm_scratch_" + HexFormat.of().formatHex(new SecureRandom().generateSeed(4));
        try {
            if (dialect instanceof H2Dialect) {
                try (Connection c = DriverManager.getConnection("jdbc:h2:mem:")) {
                    run(c, statements);
                    return Introspector.forDialect(dialect).read(c);
                }
            }
            try (Connection c = connections.open()) {
                c.setAutoCommit(true);
                boolean mysql = dialect instanceof MySqlDialect;
                String original = mysql ? c.getCatalog() : null;
                execute(c, mysql ? "CREATE DATABASE " + scratch : "CREATE SCHEMA " + scratch);
                try {
                    execute(c, mysql ? "USE " + scratch : "SET search_path TO " + scratch);
                    run(c, statements);
                    return Introspector.forDialect(dialect).read(c);
                } finally {
                    execute(c, mysql ? "DROP DATABASE " + scratch : "DROP SCHEMA " + scratch + " CASCADE");
                    if (mysql && original != null) {
                        c.setCatalog(original);
                    }
                }
            }
        } catch (SQLException e) {
            throw new DatabaseSetupError(file, e);
        }
    }

    private void run(Connection c, List<SqlStatement> statements) throws SQLException {
        for (SqlStatement statement : statements) {
            try {
                execute(c, statement.sql());
            } catch (SQLException e) {
                throw new MigrationError(file + " line " + statement.line() + ": " + LiveDatabaseModel.firstLine(
                        e.getMessage()) + "; fix the model file (it is run in a scratch schema and read back)", e);
            }
        }
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    @Override
    public String describe() {
        return file.getFileName().toString();
    }

    /** The scratch schema could not be made or read. */
    static final class DatabaseSetupError extends MigrationError {
        private static final long serialVersionUID = 1L;

        DatabaseSetupError(Path file, SQLException cause) {
            super("cannot apply " + file + " to a scratch schema: " + LiveDatabaseModel.firstLine(cause.getMessage())
                    + "; the database user needs the right to create a schema (PostgreSQL) or database (MySQL)", cause);
        }
    }
}
