package org.dbmigrate.internal.runtime;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.dbmigrate.testsupport.ServerDatabase;
import org.h2.tools.RunScript;

/**
 * A fresh, empty database of its own for one test (a random-suffixed name, created here and dropped
 * by {@link #close()}), since several test runs share the servers. Fails, never skips, when the
 * server is unreachable.
 */
public abstract class TestDatabase implements AutoCloseable {

    /** Tables the engine keeps for itself, left out of schema comparisons. */
    static final Set<String> ENGINE_TABLES = Set.of("migrate_history", "migrate_version_lock", "migrate_version_locks",
            "migrate_populate", "migrate_version_progress");

    protected final String name;

    protected TestDatabase(String what) {
        this.name = ServerDatabase.randomName("dbm_" + what);
    }

    public String name() {
        return name;
    }

    public abstract String url();

    public abstract String user();

    public String password() {
        return "";
    }

    /** Runs an offline script with the database's real client (psql, mysql, H2 RunScript). */
    public abstract void runScript(Path file) throws Exception;

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), user(), password());
    }

    public ConnectionSource connections() {
        return this::connect;
    }

    /** The first column of every row. */
    public List<String> query(String sql) throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rs.next()) {
                values.add(rs.getString(1));
            }
            return values;
        }
    }

    public List<String> versions() throws SQLException {
        return query("SELECT version_num FROM migrate_version ORDER BY version_num");
    }

    /** Tables (lower case) and their columns with type, the engine's own tables left out. */
    public Map<String, List<String>> schema() throws SQLException {
        Map<String, List<String>> schema = new TreeMap<>();
        try (Connection c = connect()) {
            DatabaseMetaData meta = c.getMetaData();
            try (ResultSet tables = meta.getTables(c.getCatalog(), c.getSchema(), "%", new String[] {"TABLE"})) {
                while (tables.next()) {
                    String table = tables.getString("TABLE_NAME");
                    if (ENGINE_TABLES.contains(table.toLowerCase(Locale.ROOT))) {
                        continue;
                    }
                    List<String> columns = new ArrayList<>();
                    try (ResultSet rs = meta.getColumns(c.getCatalog(), c.getSchema(), table, "%")) {
                        while (rs.next()) {
                            columns.add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT) + " "
                                    + rs.getString("TYPE_NAME").toLowerCase(Locale.ROOT));
                        }
                    }
                    schema.put(table.toLowerCase(Locale.ROOT), columns);
                }
            }
        }
        return schema;
    }

    public boolean tableExists(String table) throws SQLException {
        return schema().containsKey(table) || allTables().contains(table);
    }

    public Set<String> allTables() throws SQLException {
        Set<String> names = new TreeSet<>();
        try (Connection c = connect();
                ResultSet rs = c.getMetaData().getTables(c.getCatalog(), c.getSchema(), "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                names.add(rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
            }
        }
        return names;
    }

    /** H2 in a temporary folder, in AUTO_SERVER mode so that several processes can share it. */
    public static final class H2 extends TestDatabase {
        private final Path dir;

        public H2(String what) throws IOException {
            super(what);
            dir = Files.createTempDirectory(name);
        }

        @Override
        public String url() {
            return "jdbc:h2:file:" + dir.resolve("db").toAbsolutePath() + ";AUTO_SERVER=TRUE";
        }

        @Override
        public String user() {
            return "sa";
        }

        @Override
        public void runScript(Path file) throws Exception {
            try (Connection c = connect(); var reader = Files.newBufferedReader(file)) {
                RunScript.execute(c, reader);
            }
        }

        @Override
        public void close() throws Exception {
            try (Connection c = connect(); Statement s = c.createStatement()) {
                s.execute("SHUTDOWN");
            } catch (SQLException ignored) {
                // already closed
            }
            try (var files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** A database created on the PostgreSQL server of {@code test.pg.url}. */
    public static final class Postgres extends OnServer {
        public Postgres(String what) throws SQLException {
            super(what, ServerDatabase::postgres);
        }
    }

    /** A database created on the MariaDB server of {@code test.mariadb.url}. */
    public static final class MariaDb extends OnServer {
        public MariaDb(String what) throws SQLException {
            super(what, ServerDatabase::mariaDb);
        }
    }

    /** A database on a test server, created and dropped by the shared test support. */
    private abstract static class OnServer extends TestDatabase {
        private final ServerDatabase server;

        OnServer(String what, Creator creator) throws SQLException {
            super(what);
            server = creator.create(name);
        }

        @Override
        public String url() {
            return server.url();
        }

        @Override
        public String user() {
            return server.user();
        }

        @Override
        public String password() {
            return server.password();
        }

        @Override
        public void runScript(Path file) throws Exception {
            server.runScript(file);
        }

        @Override
        public void close() throws SQLException {
            server.close();
        }
    }

    private interface Creator {
        ServerDatabase create(String name) throws SQLException;
    }
}
