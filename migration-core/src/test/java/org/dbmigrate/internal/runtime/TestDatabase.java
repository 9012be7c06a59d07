package org.dbmigrate.internal.runtime;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
        byte[] random = new byte[4];
        new SecureRandom().nextBytes(random);
        this.name = "dbm_" + what + "_" + HexFormat.of().formatHex(random);
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

    /**
     * Drops a PostgreSQL database that test code may still hold connections to, in a way every
     * supported version accepts ({@code DROP DATABASE ... WITH (FORCE)} needs PostgreSQL 13).
     */
    static List<String> dropPostgresDatabase(String name) {
        return List.of("ALTER DATABASE " + name + " ALLOW_CONNECTIONS false",
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + name + "'",
                "DROP DATABASE " + name);
    }

    /** Host and port of a {@code jdbc:<driver>://host:port/...} URL, for the database's own client. */
    record ServerAddress(String host, String port) {
        static ServerAddress of(String jdbcUrl, String defaultPort) {
            Matcher m = Pattern.compile("//([^:/?]+)(?::(\\d+))?").matcher(jdbcUrl);
            if (!m.find()) {
                throw new IllegalArgumentException("not a jdbc:<driver>://host[:port]/... URL: " + jdbcUrl);
            }
            return new ServerAddress(m.group(1), m.group(2) == null ? defaultPort : m.group(2));
        }
    }

    static String property(String key, String fallback) {
        String value = System.getProperty(key);
        return value == null || value.isBlank() ? fallback : value;
    }

    static void run(List<String> command, Path input, Map<String, String> environment)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        if (input != null) {
            builder.redirectInput(input.toFile());
        }
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());
        int exit = process.waitFor();
        if (exit != 0) {
            throw new AssertionError(String.join(" ", command) + " exited with " + exit + ":\n" + output);
        }
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
    public static final class Postgres extends TestDatabase {
        private final String adminUrl = property("test.pg.url", "jdbc:postgresql://127.0.0.1:5432/postgres");
        private final String user = property("test.pg.user", "postgres");
        private final String password = property("test.pg.password", "");

        public Postgres(String what) throws SQLException {
            super(what);
            admin(List.of("CREATE DATABASE " + name));
        }

        private void admin(List<String> sql) throws SQLException {
            try (Connection c = DriverManager.getConnection(adminUrl, user, password);
                    Statement s = c.createStatement()) {
                for (String statement : sql) {
                    s.execute(statement);
                }
            }
        }

        @Override
        public String url() {
            return adminUrl.replaceFirst("/[^/?]*(\\?|$)", "/" + name + "$1");
        }

        @Override
        public String user() {
            return user;
        }

        @Override
        public String password() {
            return password;
        }

        @Override
        public void runScript(Path file) throws Exception {
            ServerAddress server = ServerAddress.of(adminUrl, "5432");
            run(List.of("psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", server.host(), "-p", server.port(),
                    "-U", user, "-d", name, "-f", file.toString()), null, Map.of("PGPASSWORD", password));
        }

        @Override
        public void close() throws SQLException {
            admin(dropPostgresDatabase(name));
        }
    }

    /** A database created on the MariaDB server of {@code test.mariadb.url}. */
    public static final class MariaDb extends TestDatabase {
        private final String adminUrl = property("test.mariadb.url",
                "jdbc:mysql://127.0.0.1:3306/test?sslMode=DISABLED&allowPublicKeyRetrieval=true");
        private final String user = property("test.mariadb.user", "root");
        private final String password = property("test.mariadb.password", "");

        public MariaDb(String what) throws SQLException {
            super(what);
            admin("CREATE DATABASE " + name);
        }

        private void admin(String sql) throws SQLException {
            try (Connection c = DriverManager.getConnection(adminUrl, user, password);
                    Statement s = c.createStatement()) {
                s.execute(sql);
            }
        }

        @Override
        public String url() {
            return adminUrl.replaceFirst("(//[^/]+)/[^/?]*", "$1/" + name);
        }

        @Override
        public String user() {
            return user;
        }

        @Override
        public String password() {
            return password;
        }

        @Override
        public void runScript(Path file) throws Exception {
            ServerAddress server = ServerAddress.of(adminUrl, "3306");
            run(List.of("mysql", "--protocol=TCP", "-h", server.host(), "-P", server.port(), "-u" + user, name), file,
                    Map.of("MYSQL_PWD", password));
        }

        @Override
        public void close() throws SQLException {
            admin("DROP DATABASE IF EXISTS " + name);
        }
    }
}
