package org.dbmigrate.internal.autogenerate;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * MySQL 8 and MariaDB: {@code DATABASE()} read from information_schema in five queries. MySQL keeps
 * every unique constraint as a unique index, names the primary key {@code PRIMARY}, and creates an
 * index named after a foreign key that has none to use; these are folded so the snapshot shows what
 * was declared.
 */
final class MySqlIntrospector implements Introspector {

    private static final String TABLES = """
            SELECT table_name, table_comment FROM information_schema.tables
            WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE'""";

    private static final String COLUMNS = """
            SELECT table_name, column_name, data_type, column_type, character_maximum_length, numeric_precision,
                   numeric_scale, is_nullable, column_default, extra, column_comment
            FROM information_schema.columns WHERE table_schema = DATABASE()
            ORDER BY table_name, ordinal_position""";

    private static final String CONSTRAINTS = """
            SELECT tc.table_name, tc.constraint_name, tc.constraint_type,
                   GROUP_CONCAT(k.column_name ORDER BY k.ordinal_position SEPARATOR ','),
                   MAX(k.referenced_table_name),
                   GROUP_CONCAT(k.referenced_column_name ORDER BY k.ordinal_position SEPARATOR ','),
                   MAX(r.delete_rule), MAX(r.update_rule)
            FROM information_schema.table_constraints tc
            JOIN information_schema.key_column_usage k ON k.constraint_schema = tc.constraint_schema
                 AND k.table_name = tc.table_name AND k.constraint_name = tc.constraint_name
            LEFT JOIN information_schema.referential_constraints r ON r.constraint_schema = tc.constraint_schema
                 AND r.table_name = tc.table_name AND r.constraint_name = tc.constraint_name
            WHERE tc.table_schema = DATABASE() AND tc.constraint_type IN ('PRIMARY KEY', 'UNIQUE', 'FOREIGN KEY')
            GROUP BY tc.table_name, tc.constraint_name, tc.constraint_type""";

    /** MariaDB names checks per table (check_constraints has table_name); MySQL per schema. */
    private static final String MARIADB_CHECKS = """
            SELECT table_name, constraint_name, check_clause FROM information_schema.check_constraints
            WHERE constraint_schema = DATABASE()""";

    private static final String MYSQL_CHECKS = """
            SELECT tc.table_name, cc.constraint_name, cc.check_clause
            FROM information_schema.table_constraints tc
            JOIN information_schema.check_constraints cc ON cc.constraint_schema = tc.constraint_schema
                 AND cc.constraint_name = tc.constraint_name
            WHERE tc.table_schema = DATABASE() AND tc.constraint_type = 'CHECK'""";

    private static final String INDEXES = """
            SELECT table_name, index_name, MAX(non_unique),
                   GROUP_CONCAT(column_name ORDER BY seq_in_index SEPARATOR ',')
            FROM information_schema.statistics
            WHERE table_schema = DATABASE() AND index_name <> 'PRIMARY'
            GROUP BY table_name, index_name""";

    private static final Set<String> TEXT_TYPES = Set.of("varchar", "char", "text", "tinytext", "mediumtext",
            "longtext", "enum", "set", "date", "time", "timestamp", "datetime");

    @Override
    public List<String> queries() {
        return List.of(TABLES, COLUMNS, CONSTRAINTS, MARIADB_CHECKS, INDEXES);
    }

    @Override
    public SchemaSnapshot read(Connection connection) throws SQLException {
        Map<String, TableBuilder> tables;
        try (Statement s = connection.createStatement()) {
            boolean mariaDb = isMariaDb(s);
            tables = TableBuilder.read(s, TABLES, COLUMNS, rs -> column(rs, mariaDb));
            try (ResultSet rs = s.executeQuery(CONSTRAINTS)) {
                while (rs.next()) {
                    TableBuilder table = TableBuilder.in(tables, rs.getString(1));
                    if (table != null) {
                        constraint(table, rs);
                    }
                }
            }
            try (ResultSet rs = s.executeQuery(mariaDb ? MARIADB_CHECKS : MYSQL_CHECKS)) {
                while (rs.next()) {
                    TableBuilder table = TableBuilder.in(tables, rs.getString(1));
                    String clause = rs.getString(3).replace("`", "");
                    // MariaDB adds a check of its own to JSON columns; it is part of the type.
                    if (table != null && !clause.toLowerCase(Locale.ROOT).startsWith("json_valid")) {
                        table.checks.add(new CheckConstraint(TableBuilder.lower(rs.getString(2)),
                                Defaults.unwrap(clause)));
                    }
                }
            }
            try (ResultSet rs = s.executeQuery(INDEXES)) {
                while (rs.next()) {
                    TableBuilder table = TableBuilder.in(tables, rs.getString(1));
                    if (table != null) {
                        index(table, TableBuilder.lower(rs.getString(2)), rs.getInt(3) == 0,
                                TableBuilder.names(rs.getString(4)));
                    }
                }
            }
        }
        return TableBuilder.snapshot(tables);
    }

    private static boolean isMariaDb(Statement s) throws SQLException {
        try (ResultSet rs = s.executeQuery("SELECT VERSION()")) {
            return rs.next() && rs.getString(1).toLowerCase(Locale.ROOT).contains("mariadb");
        }
    }

    private static Column column(ResultSet rs, boolean mariaDb) throws SQLException {
        String dataType = rs.getString(3).toLowerCase(Locale.ROOT);
        String columnType = rs.getString(4).toLowerCase(Locale.ROOT);
        ColumnType type;
        if (columnType.startsWith("tinyint(1)")) {
            type = ColumnType.of("boolean"); // MySQL's BOOLEAN
        } else if (dataType.equals("float")) {
            type = ColumnType.of("real");
        } else if (dataType.equals("timestamp")) {
            type = ColumnType.of("timestamptz"); // stored in UTC, shown in the session's zone
        } else if (dataType.equals("binary") || dataType.equals("enum") || dataType.equals("set")) {
            type = ColumnType.of(columnType);
        } else {
            Object length = rs.getObject(5);
            type = TypeNames.of(dataType, length == null ? null : ((Number) length).longValue(),
                    intOrNull(rs.getObject(6)), intOrNull(rs.getObject(7)));
            if (columnType.contains("unsigned")) {
                type = TypeNames.unsigned(type);
            }
        }
        String extra = rs.getString(10) == null ? "" : rs.getString(10).toLowerCase(Locale.ROOT);
        String rawDefault = rs.getString(9);
        // MySQL 8 shows a literal default bare and marks expressions DEFAULT_GENERATED; MariaDB writes SQL.
        if (!mariaDb && rawDefault != null && !extra.contains("default_generated") && TEXT_TYPES.contains(dataType)) {
            rawDefault = "'" + rawDefault.replace("'", "''") + "'";
        }
        return new Column(TableBuilder.lower(rs.getString(2)), type, "YES".equalsIgnoreCase(rs.getString(8)),
                Defaults.normalize(rawDefault, type), extra.contains("auto_increment"), rs.getString(11));
    }

    private static Integer intOrNull(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }

    private static void constraint(TableBuilder table, ResultSet rs) throws SQLException {
        String name = TableBuilder.lower(rs.getString(2));
        List<String> columns = TableBuilder.names(rs.getString(4));
        switch (rs.getString(3)) {
            case "PRIMARY KEY" -> table.primaryKey = new PrimaryKey(null, columns);
            case "UNIQUE" -> table.uniques.put(name, columns);
            default -> table.foreignKeys.add(new ForeignKey(name, columns, TableBuilder.lower(rs.getString(5)),
                    TableBuilder.names(rs.getString(6)), rs.getString(7), rs.getString(8), false));
        }
    }

    /** Unique indexes are the unique constraints already read; an index named after a foreign key is its own. */
    private static void index(TableBuilder table, String name, boolean unique, List<String> columns) {
        if (unique && table.uniques.containsKey(name)) {
            return;
        }
        for (int i = 0; i < table.foreignKeys.size(); i++) {
            ForeignKey fk = table.foreignKeys.get(i);
            if (!unique && fk.name().equals(name) && fk.columns().equals(columns)) {
                table.foreignKeys.set(i, new ForeignKey(fk.name(), fk.columns(), fk.referencedTable(),
                        fk.referencedColumns(), fk.onDelete(), fk.onUpdate(), true));
                return;
            }
        }
        table.indexes.put(name, new Index(name, columns, unique));
    }
}
