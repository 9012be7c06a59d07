package org.dbmigrate.junit;

import com.mysql.cj.jdbc.MysqlDataSource;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A database of its own on a shared test server (random-suffixed name, created here, dropped by
 * {@link #close()}). Fails, never skips, when the server is unreachable.
 */
abstract class ServerDatabase implements AutoCloseable {

    final String name;

    ServerDatabase() {
        byte[] random = new byte[4];
        new SecureRandom().nextBytes(random);
        name = "dbm_junitkit_" + HexFormat.of().formatHex(random);
    }

    abstract String url();

    abstract DataSource dataSource();

    static String property(String key, String fallback) {
        String value = System.getProperty(key);
        return value == null || value.isBlank() ? fallback : value;
    }

    static void admin(String url, String user, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, ""); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /** PostgreSQL of {@code test.pg.url}, through the driver's own DataSource. */
    static final class Postgres extends ServerDatabase {
        private final String adminUrl = property("test.pg.url", "jdbc:postgresql://127.0.0.1:5432/postgres");
        private final String user = property("test.pg.user", "postgres");

        Postgres() throws SQLException {
            admin(adminUrl, user, "CREATE DATABASE " + name);
        }

        @Override
        String url() {
            return adminUrl.replaceFirst("/[^/?]*(\\?|$)", "/" + name + "$1");
        }

        @Override
        DataSource dataSource() {
            PGSimpleDataSource ds = new PGSimpleDataSource();
            ds.setURL(url());
            ds.setUser(user);
            return ds;
        }

        @Override
        public void close() throws SQLException {
            // DROP DATABASE ... WITH (FORCE) needs PostgreSQL 13; this works on every supported version
            admin(adminUrl, user, "ALTER DATABASE " + name + " ALLOW_CONNECTIONS false");
            admin(adminUrl, user, "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '"
                    + name + "'");
            admin(adminUrl, user, "DROP DATABASE " + name);
        }
    }

    /** MariaDB (or MySQL) of {@code test.mariadb.url}, through Connector/J's DataSource. */
    static final class MariaDb extends ServerDatabase {
        private final String adminUrl = property("test.mariadb.url",
                "jdbc:mysql://127.0.0.1:3306/test?sslMode=DISABLED&allowPublicKeyRetrieval=true");
        private final String user = property("test.mariadb.user", "root");

        MariaDb() throws SQLException {
            admin(adminUrl, user, "CREATE DATABASE " + name);
        }

        @Override
        String url() {
            return adminUrl.replaceFirst("/[^/?]*(\\?|$)", "/" + name + "$1");
        }

        @Override
        DataSource dataSource() {
            MysqlDataSource ds = new MysqlDataSource();
            ds.setURL(url());
            ds.setUser(user);
            ds.setPassword("");
            return ds;
        }

        @Override
        public void close() throws SQLException {
            admin(adminUrl, user, "DROP DATABASE IF EXISTS " + name);
        }
    }
}
