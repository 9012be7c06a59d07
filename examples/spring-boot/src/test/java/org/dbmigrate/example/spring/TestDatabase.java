package org.dbmigrate.example.spring;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * A database of the test's own: an in-memory H2, or a randomly named database on the PostgreSQL or
 * MariaDB test server (created here, dropped by {@link #close()}). Fails, never skips, when the
 * server is unreachable.
 */
abstract class TestDatabase implements AutoCloseable {

    final String name = "dbm_spring_" + HexFormat.of().formatHex(new SecureRandom().generateSeed(4));

    abstract String url();

    abstract String user();

    List<String> column(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url(), user(), ""); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rs.next()) {
                values.add(rs.getString(1));
            }
            return values;
        }
    }

    @Override
    public void close() throws SQLException {
    }

    static String property(String key, String fallback) {
        String value = System.getProperty(key);
        return value == null || value.isBlank() ? fallback : value;
    }

    static void admin(String url, String user, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, ""); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    static final class H2 extends TestDatabase {
        @Override
        String url() {
            return "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1";
        }

        @Override
        String user() {
            return "sa";
        }

        @Override
        public void close() throws SQLException {
            admin(url(), user(), "SHUTDOWN");
        }
    }

    static final class Postgres extends TestDatabase {
        private final String adminUrl = property("test.pg.url", "jdbc:postgresql://127.0.0.1:5432/postgres");

        Postgres() throws SQLException {
            admin(adminUrl, user(), "CREATE DATABASE " + name);
        }

        @Override
        String url() {
            return adminUrl.replaceFirst("/[^/?]*(\\?|$)", "/" + name + "$1");
        }

        @Override
        String user() {
            return property("test.pg.user", "postgres");
        }

        @Override
        public void close() throws SQLException {
            // DROP DATABASE ... WITH (FORCE) needs PostgreSQL 13; this works on every supported version
            admin(adminUrl, user(), "ALTER DATABASE " + name + " ALLOW_CONNECTIONS false");
            admin(adminUrl, user(), "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '"
                    + name + "'");
            admin(adminUrl, user(), "DROP DATABASE " + name);
        }
    }

    static final class MariaDb extends TestDatabase {
        private final String adminUrl = property("test.mariadb.url",
                "jdbc:mysql://127.0.0.1:3306/test?sslMode=DISABLED&allowPublicKeyRetrieval=true");

        MariaDb() throws SQLException {
            admin(adminUrl, user(), "CREATE DATABASE " + name);
        }

        @Override
        String url() {
            return adminUrl.replaceFirst("/[^/?]*(\\?|$)", "/" + name + "$1");
        }

        @Override
        String user() {
            return property("test.mariadb.user", "root");
        }

        @Override
        public void close() throws SQLException {
            admin(adminUrl, user(), "DROP DATABASE IF EXISTS " + name);
        }
    }
}
