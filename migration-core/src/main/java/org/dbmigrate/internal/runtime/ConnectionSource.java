package org.dbmigrate.internal.runtime;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;
import org.dbmigrate.config.MigrateConfig;
import org.dbmigrate.internal.dialect.DatabaseKind;
import org.dbmigrate.internal.script.SqlSyntax;
import org.dbmigrate.runtime.DatabaseError;

/**
 * Opens connections to the target database (the application's DataSource or the configured URL),
 * and is the one place that knows which database that is.
 */
@FunctionalInterface
public interface ConnectionSource {

    Connection open() throws SQLException;

    /**
     * Which database this source reaches: everything that depends on it (dialect, statement
     * splitting, offline scripts) asks here. By default the database itself is asked.
     */
    default DatabaseKind kind() {
        try (Connection c = open()) {
            return DatabaseKind.forProductName(c.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            throw new DatabaseError("cannot connect to the database: " + DatabaseError.firstLine(e), e);
        }
    }

    /**
     * The {@code default_schema} this source created since last asked ({@code create_schemas}), so
     * that the history table records it and {@code clean} drops the schema itself.
     */
    default Optional<String> takeCreatedSchema() {
        return Optional.empty();
    }

    /** The statement-splitting rules of {@link #kind()}. */
    default SqlSyntax sqlSyntax() {
        return SqlSyntax.of(kind());
    }

    /**
     * This source for one command that will connect: where it pays, the first connection is opened
     * ahead, on another thread, while the command reads its revision files (the configured URL of a
     * database server; not H2's file, nor a DataSource, whose pool is usually warm). Close it when the
     * command ends: that closes a
     * connection the command did not take and ends the thread.
     */
    default Ahead connectAhead() {
        return new AheadSource(this, null);
    }

    /**
     * True while a connection opened ahead is still on its way: a command may do work it needs
     * anyway meanwhile, on a core that would otherwise wait.
     */
    default boolean connecting() {
        return false;
    }

    /** A source whose first connection may be opening already (see {@link #connectAhead}). */
    interface Ahead extends ConnectionSource, AutoCloseable {

        /** Ends the attempt made ahead and closes its connection if the command did not take it. */
        @Override
        void close();
    }

    /** The application's DataSource, with no retries or init SQL. */
    static ConnectionSource of(DataSource dataSource) {
        return new DataSourceConnections(dataSource, MigrateConfig.Connect.DEFAULTS,
                MigrateConfig.Schemas.DEFAULTS);
    }

    /** The application's DataSource, with the config's {@code connect_retries} and {@code init_sql}. */
    static ConnectionSource of(DataSource dataSource, MigrateConfig config) {
        return new DataSourceConnections(dataSource, config.connect(), config.schemas());
    }

    /**
     * The configured URL, user and password, with {@code connect_timeout}, {@code socket_timeout},
     * {@code connect_retries}, {@code init_sql} and {@code default_schema}.
     */
    static ConnectionSource of(MigrateConfig config) {
        return new UrlConnections(config);
    }
}
