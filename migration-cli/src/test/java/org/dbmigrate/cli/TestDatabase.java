package org.dbmigrate.cli;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * A database of its own for one test, created on a real server (or an H2 file in a temp folder)
 * and dropped at the end. Creation fails the test when the server cannot be reached.
 */
interface TestDatabase extends AutoCloseable {

    /** Put in every config file; the tests assert it never appears in any output. */
    String PASSWORD = "S3cret#Pw_do_not_print";

    String url();

    String user();

    /** A URL of the same kind where nothing listens, for connection-failure tests. */
    String refusedUrl();

    /** Runs an offline script the way a DBA would (psql, the mysql client, H2 RUNSCRIPT). */
    void applyScript(Path script) throws Exception;

    default Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), user(), PASSWORD);
    }

    /** The rows of the version table, sorted; empty when the table does not exist. */
    default List<String> versionRows() throws SQLException {
        try (Connection c = connect()) {
            if (!tableExists(c, "migrate_version")) {
                return List.of();
            }
            return strings(c, "SELECT version_num FROM migrate_version ORDER BY version_num");
        }
    }

    default boolean tableExists(String table) throws SQLException {
        try (Connection c = connect()) {
            return tableExists(c, table);
        }
    }

    default List<String> strings(String sql) throws SQLException {
        try (Connection c = connect()) {
            return strings(c, sql);
        }
    }

    private static boolean tableExists(Connection c, String table) throws SQLException {
        for (String name : List.of(table, table.toUpperCase())) {
            // the connection's own schema: H2 has an INFORMATION_SCHEMA.USERS of its own
            try (ResultSet rs = c.getMetaData().getTables(c.getCatalog(), c.getSchema(), name, null)) {
                if (rs.next()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<String> strings(Connection c, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }

    @Override
    void close() throws Exception;
}
