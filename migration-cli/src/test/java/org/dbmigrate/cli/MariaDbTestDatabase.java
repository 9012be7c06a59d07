package org.dbmigrate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fresh MariaDB database dbm_cli_<hex> on the server named by test.mariadb.url, with a user of
 * the same name whose password is {@link #PASSWORD}, so a wrong or missing password would fail.
 */
final class MariaDbTestDatabase implements TestDatabase {

    private static final Pattern SERVER = Pattern.compile("jdbc:mysql://([^:/]+):(\\d+)/([^?]*)(.*)");

    private final String adminUrl = System.getProperty("test.mariadb.url",
            "jdbc:mysql://127.0.0.1:3306/test?sslMode=DISABLED&allowPublicKeyRetrieval=true");
    private final String adminUser = System.getProperty("test.mariadb.user", "root");
    private final String adminPassword = System.getProperty("test.mariadb.password", "");
    private final String name = "dbm_cli_" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
    private final Matcher server;

    MariaDbTestDatabase() throws SQLException {
        server = SERVER.matcher(adminUrl);
        if (!server.matches()) {
            throw new IllegalArgumentException("test.mariadb.url is not jdbc:mysql://host:port/db: " + adminUrl);
        }
        admin("CREATE DATABASE " + name);
        for (String host : new String[] {"%", "localhost", "127.0.0.1"}) {
            admin("CREATE USER '" + name + "'@'" + host + "' IDENTIFIED BY '" + PASSWORD + "'");
            admin("GRANT ALL ON " + name + ".* TO '" + name + "'@'" + host + "'");
            // autogenerate's schema: model runs schema.sql in a scratch database dbm_scratch_<hex>
            admin("GRANT ALL ON `dbm\\_scratch\\_%`.* TO '" + name + "'@'" + host + "'");
        }
    }

    @Override
    public String url() {
        return "jdbc:mysql://" + server.group(1) + ":" + server.group(2) + "/" + name + server.group(4);
    }

    @Override
    public String refusedUrl() {
        return url().replace(":" + server.group(2) + "/", ":1/");
    }

    @Override
    public String user() {
        return name;
    }

    @Override
    public void applyScript(Path script) throws Exception {
        Process mysql = new ProcessBuilder("mysql", "--protocol=TCP", "-h", server.group(1), "-P", server.group(2),
                "-u", name, "--password=" + PASSWORD, name)
                .redirectInput(script.toFile()).redirectErrorStream(true).start();
        String output = new String(mysql.getInputStream().readAllBytes());
        mysql.waitFor(60, TimeUnit.SECONDS);
        assertEquals(0, mysql.exitValue(), () -> "mysql failed on " + script + ":\n" + output);
    }

    @Override
    public void close() throws SQLException {
        admin("DROP DATABASE IF EXISTS " + name);
        for (String host : new String[] {"%", "localhost", "127.0.0.1"}) {
            admin("DROP USER IF EXISTS '" + name + "'@'" + host + "'");
        }
    }

    private void admin(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(adminUrl, adminUser, adminPassword);
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
