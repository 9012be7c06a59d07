package org.dbmigrate.internal.runtime;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Opens a JDBC URL with the driver its prefix names. {@link DriverManager} loads and starts every
 * driver on the class path before it looks at the URL (costly at start-up: Connector/J alone starts
 * a cleanup thread); the named driver is tried first, and DriverManager is the fallback for any
 * other driver or when that class is absent.
 */
final class DriverByPrefix {

    private static final Map<String, String> DRIVERS = Map.of(
            "jdbc:postgresql:", "org.postgresql.Driver",
            "jdbc:mysql:", "com.mysql.cj.jdbc.Driver",
            "jdbc:mariadb:", "org.mariadb.jdbc.Driver",
            "jdbc:h2:", "org.h2.Driver");

    /** Loaded drivers by class name; an absent class maps to none. */
    private static final Map<String, Driver> LOADED = new ConcurrentHashMap<>();

    private DriverByPrefix() {
    }

    static Connection connect(String url, Properties info) throws SQLException {
        Driver driver = driverFor(url);
        if (driver != null) {
            Connection connection = driver.connect(url, info);
            if (connection != null) {
                return connection;
            }
        }
        return DriverManager.getConnection(url, info);
    }

    private static Driver driverFor(String url) {
        String lower = url == null ? "" : url.toLowerCase(Locale.ROOT);
        for (Map.Entry<String, String> prefix : DRIVERS.entrySet()) {
            if (lower.startsWith(prefix.getKey())) {
                return LOADED.computeIfAbsent(prefix.getValue(), DriverByPrefix::load);
            }
        }
        return null;
    }

    private static Driver load(String className) {
        try {
            return (Driver) Class.forName(className, true, DriverByPrefix.class.getClassLoader())
                    .getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | LinkageError | ClassCastException absent) {
            return null; // not on this class path: DriverManager finds whatever driver is there
        }
    }
}
