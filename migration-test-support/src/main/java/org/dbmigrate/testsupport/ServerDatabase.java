package org.dbmigrate.testsupport;

import java.io.IOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A database of a test's own on a shared test server: created by {@link #postgres} or
 * {@link #mariaDb}, dropped by {@link #close()}. The server and its administrator come from the
 * {@code test.pg.*} and {@code test.mariadb.*} system properties (the build points them at each
 * server version in turn); creation fails, never skips, when the server is unreachable.
 */
public abstract class ServerDatabase implements AutoCloseable {

    private static final Pattern HOST_AND_PORT = Pattern.compile("//([^:/?]+)(?::(\\d+))?");

    private final String name;
    private final String adminUrl;
    private final String user;
    private final String password;

    /** The fallbacks are the root pom's values, for a test run from an IDE without the build's properties. */
    private ServerDatabase(String name, String server, String defaultUrl, String defaultUser) {
        this.name = name;
        this.adminUrl = property("test." + server + ".url", defaultUrl);
        this.user = property("test." + server + ".user", defaultUser);
        this.password = property("test." + server + ".password", "");
    }

    /** {@code prefix_} and eight random hex digits, so that test runs sharing a server never meet. */
    public static String randomName(String prefix) {
        byte[] random = new byte[4];
        new SecureRandom().nextBytes(random);
        return prefix + "_" + HexFormat.of().formatHex(random);
    }

    /** Creates the database {@code name} on the PostgreSQL server of {@code test.pg.url}. */
    public static ServerDatabase postgres(String name) throws SQLException {
        ServerDatabase database = new Postgres(name);
        database.admin("CREATE DATABASE " + name);
        return database;
    }

    /** Creates the database {@code name} on the MariaDB (or MySQL) server of {@code test.mariadb.url}. */
    public static ServerDatabase mariaDb(String name) throws SQLException {
        ServerDatabase database = new MariaDb(name);
        database.admin("CREATE DATABASE " + name);
        return database;
    }

    public String name() {
        return name;
    }

    /** The administrator's URL with this database in place of the server's default one. */
    public String url() {
        return adminUrl.replaceFirst("(//[^/?]+)(/[^/?]*)?", "$1/" + name);
    }

    /** The administrator the database was created by (test.pg.user, test.mariadb.user). */
    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    public String host() {
        return hostAndPort().group(1);
    }

    /** The URL's port, or the server's default port where the URL names none. */
    public String port() {
        String port = hostAndPort().group(2);
        return port == null ? defaultPort() : port;
    }

    /** Runs statements as the administrator, connected to the server's default database. */
    public void admin(String... statements) throws SQLException {
        try (Connection c = DriverManager.getConnection(adminUrl, user, password); Statement s = c.createStatement()) {
            for (String statement : statements) {
                s.execute(statement);
            }
        }
    }

    /** Runs an SQL file with the server's own client (psql, mysql) as the administrator. */
    public void runScript(Path file) throws IOException, InterruptedException {
        runScript(file, user, password);
    }

    /** Runs an SQL file with the server's own client (psql, mysql) as the given user; fails on an error. */
    public abstract void runScript(Path file, String asUser, String asPassword) throws IOException, InterruptedException;

    @Override
    public abstract void close() throws SQLException;

    abstract String defaultPort();

    private Matcher hostAndPort() {
        Matcher m = HOST_AND_PORT.matcher(adminUrl);
        if (!m.find()) {
            throw new IllegalArgumentException("not a jdbc:<driver>://host[:port]/... URL: " + adminUrl);
        }
        return m;
    }

    private static String property(String key, String fallback) {
        String value = System.getProperty(key);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static void run(List<String> command, Path input, Map<String, String> environment)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        if (input != null) {
            builder.redirectInput(input.toFile());
        }
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " did not finish in 120 s:\n" + output);
        }
        if (process.exitValue() != 0) {
            throw new AssertionError(String.join(" ", command) + " exited with " + process.exitValue() + ":\n" + output);
        }
    }

    private static final class Postgres extends ServerDatabase {
        Postgres(String name) {
            super(name, "pg", "jdbc:postgresql://127.0.0.1:5432/postgres", "postgres");
        }

        @Override
        String defaultPort() {
            return "5432";
        }

        @Override
        public void runScript(Path file, String asUser, String asPassword) throws IOException, InterruptedException {
            run(List.of("psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", host(), "-p", port(), "-U", asUser,
                    "-d", name(), "-f", file.toString()), null, Map.of("PGPASSWORD", asPassword));
        }

        /** DROP DATABASE ... WITH (FORCE) needs PostgreSQL 13; this works on every supported version. */
        @Override
        public void close() throws SQLException {
            admin("ALTER DATABASE " + name() + " ALLOW_CONNECTIONS false",
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + name() + "'",
                    "DROP DATABASE " + name());
        }
    }

    private static final class MariaDb extends ServerDatabase {
        MariaDb(String name) {
            super(name, "mariadb", "jdbc:mysql://127.0.0.1:3306/test?sslMode=DISABLED&allowPublicKeyRetrieval=true",
                    "root");
        }

        @Override
        String defaultPort() {
            return "3306";
        }

        @Override
        public void runScript(Path file, String asUser, String asPassword) throws IOException, InterruptedException {
            run(List.of("mysql", "--protocol=TCP", "-h", host(), "-P", port(), "-u" + asUser, name()), file,
                    Map.of("MYSQL_PWD", asPassword));
        }

        @Override
        public void close() throws SQLException {
            admin("DROP DATABASE IF EXISTS " + name());
        }
    }
}
