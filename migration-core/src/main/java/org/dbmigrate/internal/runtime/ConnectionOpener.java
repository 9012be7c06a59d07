package org.dbmigrate.internal.runtime;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import org.dbmigrate.config.MigrateConfig;
import org.dbmigrate.error.MigrationError;
import org.dbmigrate.internal.dialect.DatabaseKind;
import org.dbmigrate.internal.script.SqlStatement;
import org.dbmigrate.internal.script.SqlStatements;
import org.dbmigrate.internal.script.SqlSyntax;
import org.dbmigrate.runtime.DatabaseError;

/**
 * What every new connection goes through, whatever its source: {@code connect_retries} attempts
 * (waiting 1 s, then twice as long each time, at most {@code connect_retries_interval}, as Flyway
 * does), then the statements of {@code init_sql}.
 */
final class ConnectionOpener {

    /** The driver's or DataSource's own way to open one connection. */
    @FunctionalInterface
    interface RawOpen {
        Connection open() throws SQLException;
    }

    /** Which database a fresh connection reaches (for splitting {@code init_sql}). */
    @FunctionalInterface
    interface KindOf {
        DatabaseKind of(Connection connection) throws SQLException;
    }

    private final MigrateConfig.Connect settings;
    private final MigrateConfig.Schemas schemas;
    private final String source;
    private volatile String createdSchema;

    ConnectionOpener(MigrateConfig.Connect settings, MigrateConfig.Schemas schemas, String source) {
        this.settings = settings;
        this.schemas = schemas;
        this.source = source;
    }

    Connection open(RawOpen raw, KindOf kindOf) throws SQLException {
        Connection connection = withRetries(raw);
        try {
            if (!schemas.defaultSchema().isEmpty()) {
                useDefaultSchema(connection, kindOf);
            }
            if (!settings.initSql().isEmpty()) {
                runInitSql(connection, kindOf);
            }
            return connection;
        } catch (SQLException | RuntimeException e) {
            try {
                connection.close();
            } catch (SQLException closing) {
                e.addSuppressed(closing);
            }
            throw e;
        }
    }

    private Connection withRetries(RawOpen raw) throws SQLException {
        Duration wait = Duration.ofSeconds(1);
        for (int attempt = 0; ; attempt++) {
            try {
                return raw.open();
            } catch (SQLException e) {
                if (attempt >= settings.retries()) {
                    if (attempt > 0) {
                        e.addSuppressed(new SQLException("gave up after " + (attempt + 1) + " attempts ("
                                + "[migrate] connect_retries = " + settings.retries() + ")"));
                    }
                    throw e;
                }
            }
            sleep(min(wait, settings.retryInterval()));
            wait = wait.multipliedBy(2);
        }
    }

    /**
     * {@code default_schema}: created first when {@code create_schemas} says so, then made the
     * connection's own (PostgreSQL search_path, MySQL/MariaDB USE, H2 SET SCHEMA), so the version and
     * history tables and every unqualified name in revisions land there.
     */
    private void useDefaultSchema(Connection connection, KindOf kindOf) throws SQLException {
        String schema = schemas.defaultSchema();
        DatabaseKind kind = kindOf.of(connection);
        try (Statement statement = connection.createStatement()) {
            if (schemas.create() && !exists(connection, kind, schema)) {
                createdSchema = schema;
                statement.execute((kind == DatabaseKind.MYSQL ? "CREATE DATABASE" : "CREATE SCHEMA")
                        + " IF NOT EXISTS " + schema);
            } else if (!schemas.create() && !exists(connection, kind, schema)) {
                throw new MigrationError("[migrate] default_schema = " + schema + " does not exist in the database;"
                        + " create it, or set create_schemas = true (-Dmigrate.createSchemas=true)");
            }
            statement.execute(switch (kind) {
                case POSTGRESQL -> "SET search_path TO " + schema;
                case MYSQL -> "USE " + schema;
                case H2 -> "SET SCHEMA " + schema;
            });
        }
    }

    /** The schema this opener created, once: the session records it in the history table. */
    Optional<String> takeCreatedSchema() {
        String schema = createdSchema;
        createdSchema = null;
        return Optional.ofNullable(schema);
    }

    private static boolean exists(Connection connection, DatabaseKind kind, String schema) throws SQLException {
        String sql = switch (kind) {
            case POSTGRESQL -> "SELECT 1 FROM pg_namespace WHERE nspname = lower(?)";
            case MYSQL -> "SELECT 1 FROM information_schema.schemata WHERE lower(schema_name) = lower(?)";
            case H2 -> "SELECT 1 FROM information_schema.schemata WHERE schema_name = upper(?)";
        };
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, schema);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next();
            }
        }
    }

    private void runInitSql(Connection connection, KindOf kindOf) throws SQLException {
        try {
            SqlSyntax syntax = SqlSyntax.of(kindOf.of(connection));
            try (Statement statement = connection.createStatement()) {
                for (SqlStatement sql : SqlStatements.split("init_sql", settings.initSql(), syntax)) {
                    statement.execute(sql.sql());
                }
            }
        } catch (SQLException | RuntimeException e) {
            if (e instanceof MigrationError m) {
                throw m;
            }
            throw new MigrationError("[migrate] init_sql failed on a new connection from " + source + ": "
                    + (e instanceof SQLException sql ? DatabaseError.firstLine(sql) : e.getMessage())
                    + "; fix init_sql (or -Dmigrate.initSql)", e);
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static void sleep(Duration wait) throws SQLException {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while waiting to retry the connection", e);
        }
    }
}
