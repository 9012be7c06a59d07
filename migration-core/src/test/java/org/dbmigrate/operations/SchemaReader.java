package org.dbmigrate.operations;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/** A table read back through JDBC metadata, as sorted lines that tests compare. */
final class SchemaReader {

    private SchemaReader() {
    }

    static List<String> describe(Connection c, String table, String catalogName) throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        String catalog = c.getCatalog();
        String schema = c.getSchema();
        List<String> lines = new ArrayList<>();
        try (ResultSet rs = meta.getTables(catalog, schema, catalogName, new String[] {"TABLE"})) {
            while (rs.next()) {
                String remarks = rs.getString("REMARKS");
                if (remarks == null || remarks.isEmpty()) {
                    remarks = mysqlTableComment(c, rs.getString("TABLE_NAME"));
                }
                lines.add("table " + lower(rs.getString("TABLE_NAME"))
                        + (remarks == null || remarks.isEmpty() ? "" : " comment=" + remarks));
            }
        }
        try (ResultSet rs = meta.getColumns(catalog, schema, catalogName, "%")) {
            while (rs.next()) {
                String remarks = rs.getString("REMARKS");
                lines.add("column " + lower(rs.getString("COLUMN_NAME")) + " " + lower(rs.getString("TYPE_NAME"))
                        + (rs.getInt("NULLABLE") == DatabaseMetaData.columnNoNulls ? " not null" : "")
                        + (remarks == null || remarks.isEmpty() ? "" : " comment=" + remarks));
            }
        }
        TreeSet<String> pk = new TreeSet<>();
        try (ResultSet rs = meta.getPrimaryKeys(catalog, schema, catalogName)) {
            while (rs.next()) {
                pk.add(lower(rs.getString("COLUMN_NAME")));
            }
        }
        if (!pk.isEmpty()) {
            lines.add("primary key " + pk);
        }
        try (ResultSet rs = meta.getIndexInfo(catalog, schema, catalogName, false, false)) {
            while (rs.next()) {
                String name = rs.getString("INDEX_NAME");
                if (name == null) {
                    continue;
                }
                // H2 names a unique constraint's index <constraint>_INDEX_<random>
                String index = lower(name).replaceFirst("_index_[0-9a-z]+$", "");
                // the databases' own names for key-backing indexes differ; keep the ones we named
                if (index.startsWith("ix_") || index.startsWith("ux_") || index.startsWith("uq_")) {
                    lines.add("index " + index + (rs.getBoolean("NON_UNIQUE") ? "" : " unique") + " on "
                            + lower(rs.getString("COLUMN_NAME")));
                }
            }
        }
        try (ResultSet rs = meta.getImportedKeys(catalog, schema, catalogName)) {
            while (rs.next()) {
                lines.add("foreign key " + lower(rs.getString("FK_NAME")) + " " + lower(rs.getString("FKCOLUMN_NAME"))
                        + " -> " + lower(rs.getString("PKTABLE_NAME")) + "." + lower(rs.getString("PKCOLUMN_NAME"))
                        + " on delete " + rs.getShort("DELETE_RULE"));
            }
        }
        return new ArrayList<>(new TreeSet<>(lines));
    }

    /** Connector/J leaves REMARKS empty for MariaDB tables. */
    private static String mysqlTableComment(Connection c, String table) throws SQLException {
        if (!c.getMetaData().getDatabaseProductName().matches("(?i)mysql|mariadb")) {
            return null;
        }
        try (var s = c.prepareStatement("SELECT table_comment FROM information_schema.tables"
                + " WHERE table_schema = DATABASE() AND table_name = ?")) {
            s.setString(1, table);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }
}
