package org.dbmigrate.example.spring;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.dbmigrate.testsupport.ServerDatabase;

/**
 * A database of the test's own: an in-memory H2, or a randomly named database on the PostgreSQL or
 * MariaDB test server (created here, dropped by {@link #close()}). Fails, never skips, when the
 * server is unreachable.
 */
abstract class TestDatabase implements AutoCloseable {

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

    static void admin(String url, String user, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, ""); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    static final class H2 extends TestDatabase {
        private final String name = ServerDatabase.randomName("dbm_spring");

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

    static final class Postgres extends OnServer {
        Postgres() throws SQLException {
            super(ServerDatabase.postgres(ServerDatabase.randomName("dbm_spring")));
        }
    }

    static final class MariaDb extends OnServer {
        MariaDb() throws SQLException {
            super(ServerDatabase.mariaDb(ServerDatabase.randomName("dbm_spring")));
        }
    }

    /** A database on a test server, created and dropped by the shared test support. */
    private abstract static class OnServer extends TestDatabase {
        private final ServerDatabase server;

        OnServer(ServerDatabase server) {
            this.server = server;
        }

        @Override
        String url() {
            return server.url();
        }

        @Override
        String user() {
            return server.user();
        }

        @Override
        public void close() throws SQLException {
            server.close();
        }
    }
}
