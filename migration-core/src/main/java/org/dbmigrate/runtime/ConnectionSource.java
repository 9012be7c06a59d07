package org.dbmigrate.runtime;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.dbmigrate.config.MigrateConfig;
import org.dbmigrate.script.SqlSyntax;

/** Opens connections to the target database: the application's DataSource or the configured URL. */
@FunctionalInterface
public interface ConnectionSource {

    Connection open() throws SQLException;

    /**
     * The statement-splitting rules of the database behind this source. From the configured URL by
     * default; a DataSource asks the database itself.
     */
    default SqlSyntax sqlSyntax(MigrateConfig config) {
        return SqlSyntax.forUrl(config.url());
    }

    static ConnectionSource of(DataSource dataSource) {
        return new DataSourceConnections(dataSource);
    }

    static ConnectionSource of(MigrateConfig config) {
        return new UrlConnections(config);
    }
}
