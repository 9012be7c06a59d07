package org.dbmigrate.runtime;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.dbmigrate.config.MigrateConfig;
import org.dbmigrate.dialect.DatabaseKind;
import org.dbmigrate.error.MigrationError;
import org.dbmigrate.script.SqlStatements;
import org.dbmigrate.script.SqlSyntax;

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
    private final String source;

    ConnectionOpener(MigrateConfig.Connect settings, String source) {
        this.settings = settings;
        this.source = source;
    }

    Connection open(RawOpen raw, KindOf kindOf) throws SQLException {
        Connection connection = withRetries(raw);
        if (!settings.initSql().isEmpty()) {
            runInitSql(connection, kindOf);
        }
        return connection;
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

    private void runInitSql(Connection connection, KindOf kindOf) throws SQLException {
        try {
            SqlSyntax syntax = SqlSyntax.of(kindOf.of(connection));
            try (Statement statement = connection.createStatement()) {
                for (org.dbmigrate.script.Statement sql : SqlStatements.split("init_sql", settings.initSql(), syntax)) {
                    statement.execute(sql.sql());
                }
            }
        } catch (SQLException | RuntimeException e) {
            try {
                connection.close();
            } catch (SQLException closing) {
                e.addSuppressed(closing);
            }
            if (e instanceof MigrationError m) {
                throw m;
            }
            throw new MigrationError("[migrate] init_sql failed on a new connection from " + source + ": "
                    + (e instanceof SQLException sql ? DatabaseFailure.firstLine(sql) : e.getMessage())
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
