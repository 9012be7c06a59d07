package org.dbmigrate.runtime;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.dbmigrate.config.MigrateConfig;

/**
 * Connections to the configured URL. {@link DriverManager} loads and starts every driver on the
 * class path before it looks at the URL (costly at start-up: Connector/J alone starts a cleanup
 * thread); the driver a URL's prefix names is tried first, and DriverManager is the fallback for any
 * other driver or when that class is absent.
 */
final class UrlConnections implements ConnectionSource {

    private static final Map<String, String> DRIVERS = Map.of(
            "jdbc:postgresql:", "org.postgresql.Driver",
            "jdbc:mysql:", "com.mysql.cj.jdbc.Driver",
            "jdbc:mariadb:", "org.mariadb.jdbc.Driver",
            "jdbc:h2:", "org.h2.Driver");

    private final MigrateConfig config;
    private Driver driver;

    UrlConnections(MigrateConfig config) {
        this.config = config;
    }

    @Override
    public Connection open() throws SQLException {
        Properties info = new Properties();
        if (config.user() != null) {
            info.put("user", config.user());
        }
        info.put("password", config.password().reveal());
        return connect(info);
    }

    /** A connection to the configured URL with the driver properties {@code info} (user and password included). */
    Connection connect(Properties info) throws SQLException {
        Driver chosen = driverForPrefix();
        if (chosen != null) {
            Connection connection = chosen.connect(config.url(), info);
            if (connection != null) {
                return connection;
            }
        }
        return DriverManager.getConnection(config.url(), info);
    }

    private Driver driverForPrefix() {
        if (driver == null) {
            String url = config.url() == null ? "" : config.url().toLowerCase(Locale.ROOT);
            for (Map.Entry<String, String> prefix : DRIVERS.entrySet()) {
                if (url.startsWith(prefix.getKey())) {
                    driver = load(prefix.getValue());
                }
            }
        }
        return driver;
    }

    private static Driver load(String className) {
        try {
            return (Driver) Class.forName(className, true, UrlConnections.class.getClassLoader())
                    .getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | LinkageError | ClassCastException absent) {
            return null;   // not on this class path: DriverManager finds whatever driver is there
        }
    }
}
