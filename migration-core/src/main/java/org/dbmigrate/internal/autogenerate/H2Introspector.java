package org.dbmigrate.internal.autogenerate;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * H2 2.x: the current schema, read from INFORMATION_SCHEMA in eight queries, one per view. Indexes that H2 made
 * for a constraint (primary key, unique, foreign key) belong to the constraint and are left out.
 */
final class H2Introspector implements Introspector {

    private static final String TABLES = """
            SELECT TABLE_NAME, REMARKS FROM INFORMATION_SCHEMA.TABLES
            WHERE TABLE_SCHEMA = CURRENT_SCHEMA AND TABLE_TYPE = 'BASE TABLE'""";

    private static final String COLUMNS = """
            SELECT TABLE_NAME, COLUMN_NAME, DATA_TYPE, CHARACTER_MAXIMUM_LENGTH, NUMERIC_PRECISION, NUMERIC_SCALE,
                   IS_NULLABLE, COLUMN_DEFAULT, IS_IDENTITY, REMARKS
            FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = CURRENT_SCHEMA
            ORDER BY TABLE_NAME, ORDINAL_POSITION""";

    /*
     * H2 builds INFORMATION_SCHEMA rows on demand and has no indexes to join them by: a join of
     * the constraint views grows with the square of the schema (0.6 s for 500 tables), so each view
     * is read once and the rows are joined here.
     */
    private static final String CONSTRAINTS = """
            SELECT TABLE_NAME, CONSTRAINT_NAME, CONSTRAINT_TYPE, INDEX_NAME
            FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS WHERE TABLE_SCHEMA = CURRENT_SCHEMA""";

    private static final String KEY_COLUMNS = """
            SELECT CONSTRAINT_NAME, COLUMN_NAME, POSITION_IN_UNIQUE_CONSTRAINT
            FROM INFORMATION_SCHEMA.KEY_COLUMN_USAGE WHERE CONSTRAINT_SCHEMA = CURRENT_SCHEMA
            ORDER BY CONSTRAINT_NAME, ORDINAL_POSITION""";

    private static final String REFERENCES = """
            SELECT CONSTRAINT_NAME, UNIQUE_CONSTRAINT_NAME, DELETE_RULE, UPDATE_RULE
            FROM INFORMATION_SCHEMA.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = CURRENT_SCHEMA""";

    private static final String CHECKS = """
            SELECT CONSTRAINT_NAME, CHECK_CLAUSE
            FROM INFORMATION_SCHEMA.CHECK_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = CURRENT_SCHEMA""";

    private static final String INDEXES = """
            SELECT TABLE_NAME, INDEX_NAME, INDEX_TYPE_NAME
            FROM INFORMATION_SCHEMA.INDEXES WHERE TABLE_SCHEMA = CURRENT_SCHEMA""";

    private static final String INDEX_COLUMNS = """
            SELECT TABLE_NAME, INDEX_NAME, COLUMN_NAME
            FROM INFORMATION_SCHEMA.INDEX_COLUMNS WHERE TABLE_SCHEMA = CURRENT_SCHEMA
            ORDER BY TABLE_NAME, INDEX_NAME, ORDINAL_POSITION""";

    /** One constraint's rows gathered: its columns in order, and for a foreign key the positions they refer to. */
    private static final class Raw {
        String table;
        String name;
        String type;
        String uniqueName;
        String deleteRule;
        String updateRule;
        String check;
        final List<String> columns = new ArrayList<>();
        final List<Integer> positions = new ArrayList<>();
    }

    @Override
    public List<String> queries() {
        return List.of(TABLES, COLUMNS, CONSTRAINTS, KEY_COLUMNS, REFERENCES, CHECKS, INDEXES, INDEX_COLUMNS);
    }

    @Override
    public SchemaSnapshot read(Connection connection) throws SQLException {
        Map<String, TableBuilder> tables;
        Set<String> constraintIndexes = new HashSet<>();
        try (Statement s = connection.createStatement()) {
            tables = TableBuilder.read(s, TABLES, COLUMNS, H2Introspector::column);
            Map<String, Raw> constraints = new LinkedHashMap<>();
            try (ResultSet rs = s.executeQuery(CONSTRAINTS)) {
                while (rs.next()) {
                    Raw raw = new Raw();
                    raw.table = rs.getString(1);
                    raw.name = rs.getString(2);
                    raw.type = rs.getString(3);
                    constraints.put(raw.name, raw);
                    String index = rs.getString(4);
                    if (index != null && (!raw.type.equals("FOREIGN KEY") || madeForKey(raw.name, index))) {
                        constraintIndexes.add(raw.table + "." + index);
                    }
                }
            }
            try (ResultSet rs = s.executeQuery(KEY_COLUMNS)) {
                while (rs.next()) {
                    Raw raw = constraints.get(rs.getString(1));
                    if (raw != null) {
                        raw.columns.add(TableBuilder.lower(rs.getString(2)));
                        raw.positions.add(rs.getInt(3));
                    }
                }
            }
            try (ResultSet rs = s.executeQuery(REFERENCES)) {
                while (rs.next()) {
                    Raw raw = constraints.get(rs.getString(1));
                    if (raw != null) {
                        raw.uniqueName = rs.getString(2);
                        raw.deleteRule = rs.getString(3);
                        raw.updateRule = rs.getString(4);
                    }
                }
            }
            try (ResultSet rs = s.executeQuery(CHECKS)) {
                while (rs.next()) {
                    Raw raw = constraints.get(rs.getString(1));
                    if (raw != null) {
                        raw.check = rs.getString(2);
                    }
                }
            }
            constraints.values().forEach(raw -> constraint(tables, constraints, raw));
            Map<String, String> indexTypes = new HashMap<>();
            try (ResultSet rs = s.executeQuery(INDEXES)) {
                while (rs.next()) {
                    indexTypes.put(rs.getString(1) + "." + rs.getString(2), rs.getString(3));
                }
            }
            Map<String, Index> indexes = new LinkedHashMap<>();
            Map<String, String> indexTables = new HashMap<>();
            try (ResultSet rs = s.executeQuery(INDEX_COLUMNS)) {
                while (rs.next()) {
                    String key = rs.getString(1) + "." + rs.getString(2);
                    String type = indexTypes.getOrDefault(key, "INDEX");
                    if (constraintIndexes.contains(key) || type.equals("PRIMARY KEY")) {
                        continue;
                    }
                    Index previous = indexes.get(key);
                    List<String> columns = new ArrayList<>(previous == null ? List.of() : previous.columns());
                    columns.add(TableBuilder.lower(rs.getString(3)));
                    indexes.put(key, new Index(TableBuilder.lower(rs.getString(2)), columns, type.startsWith("UNIQUE")));
                    indexTables.put(key, rs.getString(1));
                }
            }
            indexes.forEach((key, index) -> {
                TableBuilder table = TableBuilder.in(tables, indexTables.get(key));
                if (table != null) {
                    table.indexes.put(index.name(), index);
                }
            });
        }
        return TableBuilder.snapshot(tables);
    }

    /**
     * A foreign key uses an index that starts with its columns: one H2 made for it
     * ({@code FK_NAME_INDEX_5}, {@code CONSTRAINT_INDEX_5}) belongs to the key, but an index the
     * user created and H2 reused is the user's own and is compared.
     */
    private static boolean madeForKey(String constraint, String index) {
        return index.matches("(" + Pattern.quote(constraint) + "|CONSTRAINT)_INDEX_[0-9A-F]+");
    }

    private static Column column(ResultSet rs) throws SQLException {
        String dataType = rs.getString(3);
        Object length = rs.getObject(4);
        ColumnType type = TypeNames.of(dataType, length == null ? null : ((Number) length).longValue(),
                rs.getObject(5) == null ? null : rs.getInt(5), rs.getObject(6) == null ? null : rs.getInt(6));
        boolean identity = "YES".equalsIgnoreCase(rs.getString(9));
        return new Column(TableBuilder.lower(rs.getString(2)), type, "YES".equalsIgnoreCase(rs.getString(7)),
                identity ? null : Defaults.normalize(rs.getString(8), type), identity, rs.getString(10));
    }

    private static void constraint(Map<String, TableBuilder> tables, Map<String, Raw> all, Raw raw) {
        TableBuilder table = TableBuilder.in(tables, raw.table);
        if (table == null) {
            return;
        }
        String name = TableBuilder.lower(raw.name);
        switch (raw.type) {
            // H2 numbers the names it makes up across the schema (CONSTRAINT_5): such a name is no
            // part of the design, and written into another database it could clash.
            case "PRIMARY KEY" -> table.primaryKey = new PrimaryKey(name.matches("constraint_[0-9a-f]+") ? null : name,
                    raw.columns);
            case "UNIQUE" -> table.uniques.put(name, List.copyOf(raw.columns));
            case "FOREIGN KEY" -> {
                Raw target = all.get(raw.uniqueName);
                List<String> referenced = new ArrayList<>();
                for (int position : raw.positions) {
                    referenced.add(target.columns.get(position - 1));
                }
                table.foreignKeys.add(new ForeignKey(name, raw.columns, TableBuilder.lower(target.table), referenced,
                        raw.deleteRule, raw.updateRule, false));
            }
            case "CHECK" -> table.checks.add(new CheckConstraint(name, Defaults.unwrap(raw.check)));
            default -> {
                // other constraint kinds (none in H2 2.x today) are not compared
            }
        }
    }
}
