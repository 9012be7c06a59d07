package org.dbmigrate.maven;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Properties;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.logging.Logger;

/**
 * Makes the drivers of the plugin's class loader known to {@link DriverManager}.
 * DriverManager scans for drivers once per JVM, with whatever context class loader is current at
 * that moment, which in Maven is rarely the plugin's: so the plugin's drivers (the shipped ones and
 * those the user adds as plugin dependencies) would be missed. One driver standing for all of them
 * is registered; it loads them when DriverManager first asks it for a connection. The engine opens
 * the shipped drivers' URLs with their driver directly, so a goal loads no driver it does not use
 * (loading all four cost every goal ~100 ms, Connector/J starting a thread), and a goal that opens
 * no connection loads none.
 */
final class JdbcDrivers implements Driver {

    /** Per plugin class loader: this class is loaded once in each. */
    private static boolean registered;

    private final ClassLoader loader;
    private List<Driver> drivers;

    JdbcDrivers(ClassLoader loader) {
        this.loader = loader;
    }

    static synchronized void registerFrom(ClassLoader loader) throws SQLException {
        if (!registered) {
            DriverManager.registerDriver(new JdbcDrivers(loader));
            registered = true;
        }
    }

    /** DriverManager's own loop over the drivers: the first connection, else the first failure. */
    @Override
    public Connection connect(String url, Properties info) throws SQLException {
        SQLException reason = null;
        for (Driver driver : drivers()) {
            try {
                Connection connection = driver.connect(url, info);
                if (connection != null) {
                    return connection;
                }
            } catch (SQLException e) {
                if (reason == null) {
                    reason = e;
                }
            }
        }
        if (reason != null) {
            throw reason;
        }
        return null;
    }

    @Override
    public boolean acceptsURL(String url) throws SQLException {
        for (Driver driver : drivers()) {
            if (driver.acceptsURL(url)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) throws SQLException {
        for (Driver driver : drivers()) {
            if (driver.acceptsURL(url)) {
                return driver.getPropertyInfo(url, info);
            }
        }
        return new DriverPropertyInfo[0];
    }

    @Override
    public int getMajorVersion() {
        return 1;
    }

    @Override
    public int getMinorVersion() {
        return 0;
    }

    @Override
    public boolean jdbcCompliant() {
        return false;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException("no parent logger: this stands for the plugin's drivers");
    }

    private synchronized List<Driver> drivers() {
        if (drivers == null) {
            drivers = load(loader);
        }
        return drivers;
    }

    private static List<Driver> load(ClassLoader loader) {
        List<Driver> found = new ArrayList<>();
        Iterator<Driver> providers = ServiceLoader.load(Driver.class, loader).iterator();
        while (true) {
            try {
                if (!providers.hasNext()) {
                    return found;
                }
                found.add(providers.next());
            } catch (ServiceConfigurationError brokenProvider) {
                // One unusable driver jar must not hide the others; the one the URL needs
                // reports itself as "No suitable driver" with the URL.
            }
        }
    }
}
