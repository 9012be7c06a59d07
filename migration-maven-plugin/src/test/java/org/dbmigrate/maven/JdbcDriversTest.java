package org.dbmigrate.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scenario: a driver the user adds to the plugin is reached through DriverManager, which may have
 * scanned for drivers before with another class loader. The stand-in loads the drivers of the
 * class loader it was given, on first use, and answers as DriverManager's own loop does.
 */
@Tag("h2")
class JdbcDriversTest {

    /** The H2 jar alone, in a loader of its own: drivers the test's class path cannot see. */
    private static URLClassLoader isolatedH2() {
        URL h2 = org.h2.Driver.class.getProtectionDomain().getCodeSource().getLocation();
        return new URLClassLoader(new URL[] {h2}, ClassLoader.getPlatformClassLoader());
    }

    @Test
    void connectsWithADriverOfTheGivenClassLoader() throws Exception {
        try (URLClassLoader loader = isolatedH2();
                Connection connection = new JdbcDrivers(loader).connect("jdbc:h2:mem:jdbc-drivers", new Properties());
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT 1 + 1")) {
            assertEquals(loader, connection.getClass().getClassLoader());
            assertTrue(rows.next());
            assertEquals(2, rows.getInt(1));
        }
    }

    @Test
    void aUrlNoDriverTakesIsLeftToDriverManager() throws Exception {
        try (URLClassLoader loader = isolatedH2()) {
            JdbcDrivers drivers = new JdbcDrivers(loader);
            assertFalse(drivers.acceptsURL("jdbc:nosuch:db"));
            assertNull(drivers.connect("jdbc:nosuch:db", new Properties()));
            assertTrue(drivers.acceptsURL("jdbc:h2:mem:x"));
        }
    }

    @Test
    void theDriversOwnFailureIsReported(@TempDir Path folder) throws Exception {
        String url = "jdbc:h2:file:" + folder.resolve("absent").toAbsolutePath() + ";IFEXISTS=TRUE";
        try (URLClassLoader loader = isolatedH2()) {
            SQLException failure = assertThrows(SQLException.class,
                    () -> new JdbcDrivers(loader).connect(url, new Properties()));
            assertTrue(failure.getMessage().contains("not found"), failure.getMessage());
        }
    }
}
