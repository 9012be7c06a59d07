package org.dbmigrate.internal.runtime;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dbmigrate.internal.dialect.H2Dialect;
import org.dbmigrate.internal.dialect.MySqlDialect;
import org.dbmigrate.internal.dialect.PostgresDialect;
import org.dbmigrate.runtime.HistoryRow;

/**
 * {@code clean}: drops every object in a schema (MySQL/MariaDB: database), the engine's own tables
 * included, as {@code flyway clean} does. Objects are found in the catalog and dropped by kind, in
 * an order where dependents go first (views before tables; CASCADE where the database has it).
 */
public final class SchemaCleaner {

    /** One kind of object to drop: how to list it in a schema, and how to drop one. */
    private record Kind(String label, String list, DropStatement drop) {
    }

    @FunctionalInterface
    private interface DropStatement {
        String of(String schema, String name, String extra);
    }

    private final Database database;

    public SchemaCleaner(Database database) {
        this.database = database;
    }

    /** Drops everything in {@code schema}; returns how many objects of each kind were dropped. */
    public Map<String, Integer> clean(String schema) throws SQLException {
        Map<String, Integer> dropped = new LinkedHashMap<>();
        Connection c = database.connection();
        boolean mysql = database.dialect() instanceof MySqlDialect;
        if (mysql) {
            database.execute("SET FOREIGN_KEY_CHECKS = 0");
        }
        try {
            String stored = database.dialect().catalogCase(schema);
            for (Kind kind : kinds()) {
                List<String[]> objects = list(c, kind.list(), stored);
                for (String[] object : objects) {
                    database.execute(kind.drop().of(stored, object[0], object.length > 1 ? object[1] : null));
                }
                if (!objects.isEmpty()) {
                    dropped.merge(kind.label(), objects.size(), Integer::sum);
                }
            }
        } finally {
            if (mysql) {
                database.execute("SET FOREIGN_KEY_CHECKS = 1");
            }
        }
        return dropped;
    }

    /** Whether the history table in {@code schema} records that {@code create_schemas} created it. */
    public boolean createdByUs(String schema, String historyTable) throws SQLException {
        if (historyTable.contains(".")) {
            return false;
        }
        // asked directly: no history table there (an error, in autocommit) means not created by us
        try (PreparedStatement s = database.connection().prepareStatement("SELECT COUNT(*) FROM " + schema + "."
                + historyTable + " WHERE direction = ? AND revision = ?")) {
            s.setString(1, HistoryRow.CREATE_SCHEMA);
            s.setString(2, HistoryRow.SCHEMA_PREFIX + schema);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() && rs.getInt(1) > 0;
            }
        } catch (SQLException noHistoryTable) {
            return false;
        }
    }

    /** Drops the (emptied) schema itself; MySQL/MariaDB: the database. */
    public void dropSchema(String schema) throws SQLException {
        database.execute(database.dialect() instanceof MySqlDialect ? "DROP DATABASE " + b(schema)
                : "DROP SCHEMA " + q(database.dialect().catalogCase(schema)) + " CASCADE");
    }

    private List<Kind> kinds() {
        if (database.dialect() instanceof PostgresDialect) {
            return List.of(
                    new Kind("materialized views", "SELECT matviewname FROM pg_matviews WHERE schemaname = ?",
                            (s, n, x) -> "DROP MATERIALIZED VIEW IF EXISTS " + q(s) + "." + q(n) + " CASCADE"),
                    new Kind("views", "SELECT table_name FROM information_schema.views WHERE table_schema = ?",
                            (s, n, x) -> "DROP VIEW IF EXISTS " + q(s) + "." + q(n) + " CASCADE"),
                    new Kind("tables", "SELECT tablename FROM pg_tables WHERE schemaname = ?",
                            (s, n, x) -> "DROP TABLE IF EXISTS " + q(s) + "." + q(n) + " CASCADE"),
                    new Kind("sequences", "SELECT sequence_name FROM information_schema.sequences"
                            + " WHERE sequence_schema = ?",
                            (s, n, x) -> "DROP SEQUENCE IF EXISTS " + q(s) + "." + q(n) + " CASCADE"),
                    // routines that belong to an extension go with the extension, not here
                    new Kind("functions and procedures", "SELECT p.oid::regprocedure::text,"
                            + " CASE p.prokind WHEN 'p' THEN 'PROCEDURE' WHEN 'a' THEN 'AGGREGATE' ELSE 'FUNCTION' END"
                            + " FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = ?"
                            + " AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = p.oid AND d.deptype = 'e')",
                            (s, n, x) -> "DROP " + x + " IF EXISTS " + qualified(s, n) + " CASCADE"),
                    new Kind("types", "SELECT t.typname, CASE t.typtype WHEN 'd' THEN 'DOMAIN' ELSE 'TYPE' END"
                            + " FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = ?"
                            + " AND (t.typtype IN ('e', 'd', 'r', 'm') OR t.typtype = 'c' AND EXISTS (SELECT 1"
                            + " FROM pg_class k WHERE k.oid = t.typrelid AND k.relkind = 'c'))"
                            + " AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = t.oid AND d.deptype = 'e')",
                            (s, n, x) -> "DROP " + x + " IF EXISTS " + q(s) + "." + q(n) + " CASCADE"));
        }
        if (database.dialect() instanceof MySqlDialect) {
            return List.of(
                    new Kind("views", "SELECT table_name FROM information_schema.views WHERE table_schema = ?",
                            (s, n, x) -> "DROP VIEW IF EXISTS " + b(s) + "." + b(n)),
                    new Kind("tables", "SELECT table_name FROM information_schema.tables WHERE table_schema = ?"
                            + " AND table_type = 'BASE TABLE'",
                            (s, n, x) -> "DROP TABLE IF EXISTS " + b(s) + "." + b(n)),
                    new Kind("sequences", "SELECT table_name FROM information_schema.tables WHERE table_schema = ?"
                            + " AND table_type = 'SEQUENCE'",
                            (s, n, x) -> "DROP SEQUENCE IF EXISTS " + b(s) + "." + b(n)),
                    new Kind("routines", "SELECT routine_name, routine_type FROM information_schema.routines"
                            + " WHERE routine_schema = ?",
                            (s, n, x) -> "DROP " + x + " IF EXISTS " + b(s) + "." + b(n)),
                    new Kind("events", "SELECT event_name FROM information_schema.events WHERE event_schema = ?",
                            (s, n, x) -> "DROP EVENT IF EXISTS " + b(s) + "." + b(n)));
        }
        if (database.dialect() instanceof H2Dialect) {
            return List.of(
                    new Kind("views", "SELECT table_name FROM information_schema.views WHERE table_schema = ?",
                            (s, n, x) -> "DROP VIEW IF EXISTS " + q(s) + "." + q(n) + " CASCADE"),
                    new Kind("tables", "SELECT table_name FROM information_schema.tables WHERE table_schema = ?"
                            + " AND table_type = 'BASE TABLE'",
                            (s, n, x) -> "DROP TABLE IF EXISTS " + q(s) + "." + q(n) + " CASCADE"),
                    new Kind("sequences", "SELECT sequence_name FROM information_schema.sequences"
                            + " WHERE sequence_schema = ?",
                            (s, n, x) -> "DROP SEQUENCE IF EXISTS " + q(s) + "." + q(n)),
                    new Kind("routines", "SELECT DISTINCT routine_name FROM information_schema.routines"
                            + " WHERE routine_schema = ?",
                            (s, n, x) -> "DROP ALIAS IF EXISTS " + q(s) + "." + q(n)),
                    new Kind("domains", "SELECT domain_name FROM information_schema.domains WHERE domain_schema = ?",
                            (s, n, x) -> "DROP DOMAIN IF EXISTS " + q(s) + "." + q(n) + " CASCADE"));
        }
        throw new IllegalStateException("no clean for " + database.dialect().name());
    }

    private static List<String[]> list(Connection c, String sql, String schema) throws SQLException {
        List<String[]> objects = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, schema);
            try (ResultSet rs = s.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    objects.add(columns > 1 ? new String[] {rs.getString(1), rs.getString(2)}
                            : new String[] {rs.getString(1)});
                }
            }
        }
        return objects;
    }

    /** A PostgreSQL regprocedure text is already a signature, schema-qualified when off the search path. */
    private static String qualified(String schema, String signature) {
        return signature.contains(".") && !signature.startsWith("\"") && signature.indexOf('.') < signature.indexOf('(')
                ? signature : q(schema) + "." + signature;
    }

    private static String q(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    private static String b(String identifier) {
        return "`" + identifier.replace("`", "``") + "`";
    }
}
