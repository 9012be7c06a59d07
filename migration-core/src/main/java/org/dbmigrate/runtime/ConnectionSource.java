package org.dbmigrate.runtime;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.dbmigrate.config.MigrateConfig;

/** Opens connections to the target database: the application's DataSource or the configured URL. */
@FunctionalInterface
public interface ConnectionSource {

    Connection open() throws SQLException;

    static ConnectionSource of(DataSource dataSource) {
        return dataSource::getConnection;
    }

    static ConnectionSource of(MigrateConfig config) {
        return () -> DriverManager.getConnection(config.url(), config.user(), config.password().reveal());
    }
}
