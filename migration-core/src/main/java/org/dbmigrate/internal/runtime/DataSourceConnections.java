package org.dbmigrate.internal.runtime;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;
import org.dbmigrate.config.MigrateConfig;
import org.dbmigrate.internal.dialect.DatabaseKind;
import org.dbmigrate.runtime.DatabaseError;

/**
 * Connections from an application's DataSource. The configured URL may say nothing about this
 * database (it often stays at the H2 default), so its kind comes from the product name the first
 * connection reports.
 */
final class DataSourceConnections implements ConnectionSource {

    private final DataSource dataSource;
    private final ConnectionOpener opener;
    private volatile DatabaseKind kind;

    DataSourceConnections(DataSource dataSource, MigrateConfig.Connect connect, MigrateConfig.Schemas schemas) {
        this.dataSource = dataSource;
        this.opener = new ConnectionOpener(connect, schemas, "the application's DataSource");
    }

    @Override
    public Connection open() throws SQLException {
        Connection connection = opener.open(dataSource::getConnection, this::kindOf);
        if (kind == null) {
            kindOf(connection);
        }
        return connection;
    }

    private DatabaseKind kindOf(Connection connection) throws SQLException {
        if (kind == null) {
            kind = DatabaseKind.forProductName(connection.getMetaData().getDatabaseProductName());
        }
        return kind;
    }

    @Override
    public DatabaseKind kind() {
        if (kind == null) {
            try (Connection c = open()) {
                return kindOf(c);
            } catch (SQLException e) {
                throw new DatabaseError("cannot connect through the application's DataSource: "
                        + DatabaseError.firstLine(e) + "; check that the database is up", e);
            }
        }
        return kind;
    }

    @Override
    public Optional<String> takeCreatedSchema() {
        return opener.takeCreatedSchema();
    }
}
