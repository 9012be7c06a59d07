package org.dbmigrate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A fresh PostgreSQL database dbm_cli_<hex> on the server named by test.pg.url. */
final class PostgresTestDatabase implements TestDatabase {

    private static final Pattern SERVER = Pattern.compile("jdbc:postgresql://([^:/]+):(\\d+)/([^?]*)(.*)");

    private final String adminUrl = System.getProperty("test.pg.url", "jdbc:postgresql://127.0.0.1:5432/postgres");
    private final String adminUser = System.getProperty("test.pg.user", "postgres");
    private final String adminPassword = System.getProperty("test.pg.password", "");
    private final String name = "dbm_cli_" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
    private final Matcher server;

    PostgresTestDatabase() throws SQLException {
        server = SERVER.matcher(adminUrl);
        if (!server.matches()) {
            throw new IllegalArgumentException("test.pg.url is not jdbc:postgresql://host:port/db: " + adminUrl);
        }
        admin(List.of("CREATE DATABASE " + name));
    }

    @Override
    public String url() {
        return "jdbc:postgresql://" + server.group(1) + ":" + server.group(2) + "/" + name + server.group(4);
    }

    @Override
    public String refusedUrl() {
        return url().replace(":" + server.group(2) + "/", ":1/");
    }

    @Override
    public String user() {
        return adminUser;
    }

    @Override
    public void applyScript(Path script) throws Exception {
        ProcessBuilder psql = new ProcessBuilder("psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", server.group(1),
                "-p", server.group(2), "-U", adminUser, "-d", name, "-f", script.toString())
                .redirectErrorStream(true);
        psql.environment().put("PGPASSWORD", adminPassword);
        Process process = psql.start();
        String output = new String(process.getInputStream().readAllBytes());
        process.waitFor(60, TimeUnit.SECONDS);
        assertEquals(0, process.exitValue(), () -> "psql failed on " + script + ":\n" + output);
    }

    @Override
    public void close() throws SQLException {
        // DROP DATABASE ... WITH (FORCE) needs PostgreSQL 13; this works on every supported version
        admin(List.of("ALTER DATABASE " + name + " ALLOW_CONNECTIONS false",
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + name + "'",
                "DROP DATABASE " + name));
    }

    private void admin(List<String> sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(adminUrl, adminUser, adminPassword);
                Statement s = c.createStatement()) {
            for (String statement : sql) {
                s.execute(statement);
            }
        }
    }
}
