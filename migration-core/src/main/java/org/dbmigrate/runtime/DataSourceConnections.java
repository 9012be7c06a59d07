package org.dbmigrate.runtime;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;
import org.dbmigrate.config.MigrateConfig;
import org.dbmigrate.script.SqlSyntax;

/**
 * Connections from an application's DataSource. The configured URL may say nothing about this
 * database (it often stays at the H2 default), so the splitting rules come from the database's own
 * product name, asked once on first need.
 */
final class DataSourceConnections implements ConnectionSource {

    private final DataSource dataSource;
    private volatile SqlSyntax syntax;

    DataSourceConnections(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Connection open() throws SQLException {
        return dataSource.getConnection();
    }

    @Override
    public SqlSyntax sqlSyntax(MigrateConfig config) {
        if (syntax == null) {
            try (Connection c = open()) {
                String product = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
                syntax = product.contains("mysql") || product.contains("mariadb") ? SqlSyntax.MYSQL : SqlSyntax.STANDARD;
            } catch (SQLException e) {
                throw new DatabaseFailure("cannot connect through the application's DataSource: "
                        + DatabaseFailure.firstLine(e) + "; check that the database is up", e);
            }
        }
        return syntax;
    }
}
