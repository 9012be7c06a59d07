package org.dbmigrate.maven.it;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.h2.Driver;

/**
 * What the hook scripts of the invoker projects ({@code src/it/<scenario>/setup.groovy},
 * {@code verify.groovy}) do with databases; they reach it through invoker's {@code addTestClassPath}.
 * Drivers are instantiated directly: DriverManager would not see them from a script's class loader.
 */
public final class ItDatabases {

    private ItDatabases() {
    }

    /** The embedded H2 database of an H2 scenario ({@code jdbc:h2:file:./target/migrate/app}); must exist. */
    public static Connection h2(File basedir) throws SQLException {
        String path = new File(basedir, "target/migrate/app").getAbsolutePath();
        return new Driver().connect("jdbc:h2:file:" + path + ";IFEXISTS=TRUE", credentials("sa", ""));
    }

    /** Like {@link #h2(File)}, creating the database: for a scenario that starts from an existing schema. */
    public static Connection newH2(File basedir) throws SQLException {
        String path = new File(basedir, "target/migrate/app").getAbsolutePath();
        return new Driver().connect("jdbc:h2:file:" + path, credentials("sa", ""));
    }

    public static Connection postgresql(String url, String user) throws SQLException {
        return new org.postgresql.Driver().connect(url, credentials(user, ""));
    }

    public static Connection mariadb(String url, String user) throws SQLException {
        return new com.mysql.cj.jdbc.Driver().connect(url, credentials(user, ""));
    }

    /** A database name of this run's own: several builds test on the same servers at once. */
    public static String uniqueName(String prefix) {
        return prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    }

    /** The server URL with its database (the path) replaced, query parameters kept. */
    public static String withDatabase(String serverUrl, String database) {
        return serverUrl.replaceFirst("/[^/?]*(\\?.*)?$", "/" + database + "$1");
    }

    /** The rows of the version table, sorted. */
    public static List<String> versions(Connection c) throws SQLException {
        List<String> all = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT version_num FROM migrate_version ORDER BY version_num")) {
            while (rs.next()) {
                all.add(rs.getString(1));
            }
        }
        return all;
    }

    /** The first column of the first row of a query, or null without rows. */
    public static String firstValue(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    public static void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /** Whether the table exists, whatever case the database folds unquoted names to. */
    public static boolean hasTable(Connection c, String table) throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        for (String name : List.of(table, table.toUpperCase(), table.toLowerCase())) {
            try (ResultSet rs = meta.getTables(c.getCatalog(), null, name, null)) {
                if (rs.next()) {
                    return true;
                }
            }
        }
        return false;
    }

    public static boolean hasColumn(Connection c, String table, String column) throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        for (boolean upper : new boolean[] {false, true}) {
            String t = upper ? table.toUpperCase() : table.toLowerCase();
            String col = upper ? column.toUpperCase() : column.toLowerCase();
            try (ResultSet rs = meta.getColumns(c.getCatalog(), null, t, col)) {
                if (rs.next()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The lines of a build log that report a failed goal: a user's mistake shows exactly one. */
    public static List<String> failureLines(File basedir) throws IOException {
        return Files.readAllLines(new File(basedir, "build.log").toPath()).stream()
                .filter(line -> line.startsWith("[ERROR] Failed to execute goal"))
                .toList();
    }

    private static Properties credentials(String user, String password) {
        Properties p = new Properties();
        p.setProperty("user", user);
        p.setProperty("password", password);
        return p;
    }
}
