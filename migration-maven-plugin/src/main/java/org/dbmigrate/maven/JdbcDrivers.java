package org.dbmigrate.maven;

import java.sql.Driver;
import java.util.Iterator;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * Makes the drivers of the plugin's class loader known to {@link java.sql.DriverManager}.
 * DriverManager scans for drivers once per JVM, with whatever context class loader is current at
 * that moment, which in Maven is rarely the plugin's: so the plugin's drivers (the shipped ones and
 * those the user adds as plugin dependencies) would be missed. Loading a driver class registers it.
 */
final class JdbcDrivers {

    private JdbcDrivers() {
    }

    static void registerFrom(ClassLoader loader) {
        Iterator<Driver> drivers = ServiceLoader.load(Driver.class, loader).iterator();
        while (true) {
            try {
                if (!drivers.hasNext()) {
                    return;
                }
                drivers.next();
            } catch (ServiceConfigurationError brokenProvider) {
                // One unusable driver jar must not hide the others; the one the URL needs
                // reports itself as "No suitable driver" with the URL.
            }
        }
    }
}
