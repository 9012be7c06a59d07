package org.dbmigrate.internal.fleet;

import com.mysql.cj.jdbc.MysqlDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.dbmigrate.internal.runtime.TestDatabase;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A fleet of tenants on one test server, created for one test and dropped after it: PostgreSQL
 * schemas {@code tenant_001...} in a database of their own, or MariaDB databases
 * {@code <test db>_shop_01...}.
 */
abstract class FleetServer implements AutoCloseable {

    protected final TestDatabase db;
    protected final int size;

    FleetServer(TestDatabase db, int size) {
        this.db = db;
        this.size = size;
    }

    int size() {
        return size;
    }

    /** The URL discovery runs on ({@code [database] url}). */
    String url() {
        return db.url();
    }

    String user() {
        return db.user();
    }

    abstract String name(int i);

    /** The {@code [targets] discover} rule that finds exactly this fleet. */
    abstract String discoverRule();

    abstract String targetUrl(String name);

    /** The application's own DataSource for one tenant. */
    abstract DataSource dataSource(String name);

    /** A statement that waits {@code ms} milliseconds, to stretch a revision. */
    abstract String sleep(int ms);

    List<String> names() {
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= size; i++) {
            names.add(name(i));
        }
        return names;
    }

    Connection connect(String name) throws SQLException {
        return DriverManager.getConnection(targetUrl(name), db.user(), db.password());
    }

    List<String> query(String name, String sql) throws SQLException {
        try (Connection c = connect(name); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rs.next()) {
                values.add(rs.getString(1));
            }
            return values;
        }
    }

    void execute(String name, String sql) throws SQLException {
        try (Connection c = connect(name); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /** Tenant schemas in one PostgreSQL database, created in one batch. */
    static final class Postgres extends FleetServer {

        Postgres(int size) throws SQLException {
            super(new TestDatabase.Postgres("fleet"), size);
            StringBuilder ddl = new StringBuilder();
            for (String name : names()) {
                ddl.append("CREATE SCHEMA ").append(name).append(";\n");
            }
            try (Connection c = db.connect(); Statement s = c.createStatement()) {
                s.execute(ddl.toString());
            }
        }

        @Override
        String name(int i) {
            return String.format("tenant_%03d", i);
        }

        @Override
        String discoverRule() {
            return "schemas like 'tenant_%'";
        }

        @Override
        String targetUrl(String name) {
            return db.url() + (db.url().contains("?") ? "&" : "?") + "currentSchema=" + name;
        }

        @Override
        DataSource dataSource(String name) {
            PGSimpleDataSource source = new PGSimpleDataSource();
            source.setURL(targetUrl(name));
            source.setUser(db.user());
            return source;
        }

        @Override
        String sleep(int ms) {
            return "SELECT pg_sleep(" + ms / 1000.0 + ");";
        }

        @Override
        public void close() throws Exception {
            db.close(); // drops the database with every schema in it
        }
    }

    /** Shop databases on the MariaDB server, named after this test's own database. */
    static final class MariaDb extends FleetServer {

        MariaDb(int size) throws SQLException {
            super(new TestDatabase.MariaDb("fleet"), size);
            try (Connection c = db.connect(); Statement s = c.createStatement()) {
                for (String name : names()) {
                    s.addBatch("CREATE DATABASE " + name);
                }
                s.executeBatch();
            }
        }

        @Override
        String name(int i) {
            return String.format("%s_shop_%02d", db.name(), i);
        }

        @Override
        String discoverRule() {
            return "databases like '" + db.name() + "\\_shop\\_%'";
        }

        @Override
        String targetUrl(String name) {
            return db.url().replaceFirst("(//[^/]+)/[^/?]*", "$1/" + name);
        }

        @Override
        DataSource dataSource(String name) {
            MysqlDataSource source = new MysqlDataSource();
            source.setURL(targetUrl(name));
            source.setUser(db.user());
            return source;
        }

        @Override
        String sleep(int ms) {
            return "DO SLEEP(" + ms / 1000.0 + ");";
        }

        @Override
        public void close() throws Exception {
            try (Connection c = db.connect(); Statement s = c.createStatement()) {
                for (String name : names()) {
                    s.addBatch("DROP DATABASE IF EXISTS " + name);
                }
                s.executeBatch();
            } finally {
                db.close();
            }
        }
    }
}
