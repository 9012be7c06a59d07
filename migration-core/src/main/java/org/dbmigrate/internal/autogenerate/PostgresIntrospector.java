package org.dbmigrate.internal.autogenerate;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** PostgreSQL's {@code current_schema()}, read from pg_catalog in four queries. */
final class PostgresIntrospector implements Introspector {

    private static final String TABLES = """
            SELECT c.relname, obj_description(c.oid, 'pg_class')
            FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p')""";

    private static final String COLUMNS = """
            SELECT c.relname, a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull,
                   pg_get_expr(d.adbin, d.adrelid), a.attidentity, col_description(c.oid, a.attnum)
            FROM pg_attribute a
            JOIN pg_class c ON c.oid = a.attrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace
            LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
            WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') AND a.attnum > 0 AND NOT a.attisdropped
            ORDER BY c.relname, a.attnum""";

    private static final String CONSTRAINTS = """
            SELECT c.relname, con.conname, con.contype,
                   array_to_string(ARRAY(SELECT a.attname FROM unnest(con.conkey) WITH ORDINALITY k(num, ord)
                       JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.num ORDER BY k.ord), ','),
                   f.relname,
                   array_to_string(ARRAY(SELECT a.attname FROM unnest(con.confkey) WITH ORDINALITY k(num, ord)
                       JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.num ORDER BY k.ord), ','),
                   con.confdeltype, con.confupdtype, pg_get_constraintdef(con.oid)
            FROM pg_constraint con
            JOIN pg_class c ON c.oid = con.conrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace
            LEFT JOIN pg_class f ON f.oid = con.confrelid
            WHERE n.nspname = current_schema() AND con.contype IN ('p', 'u', 'f', 'c')
            ORDER BY c.relname, con.conname""";

    /** Indexes of their own: those behind a primary key or unique constraint are the constraint. */
    private static final String INDEXES = """
            SELECT t.relname, i.relname, ix.indisunique,
                   array_to_string(ARRAY(SELECT a.attname FROM unnest(ix.indkey::int2[]) WITH ORDINALITY k(num, ord)
                       JOIN pg_attribute a ON a.attrelid = ix.indrelid AND a.attnum = k.num ORDER BY k.ord), ',')
            FROM pg_index ix
            JOIN pg_class t ON t.oid = ix.indrelid
            JOIN pg_class i ON i.oid = ix.indexrelid
            JOIN pg_namespace n ON n.oid = t.relnamespace
            WHERE n.nspname = current_schema() AND t.relkind IN ('r', 'p') AND ix.indexprs IS NULL
              AND NOT EXISTS (SELECT 1 FROM pg_constraint con WHERE con.conindid = ix.indexrelid
                              AND con.conrelid = ix.indrelid AND con.contype IN ('p', 'u', 'x'))
            ORDER BY t.relname, i.relname""";

    @Override
    public List<String> queries() {
        return List.of(TABLES, COLUMNS, CONSTRAINTS, INDEXES);
    }

    @Override
    public SchemaSnapshot read(Connection connection) throws SQLException {
        Map<String, TableBuilder> tables;
        try (Statement s = connection.createStatement()) {
            tables = TableBuilder.read(s, TABLES, COLUMNS, PostgresIntrospector::column);
            try (ResultSet rs = s.executeQuery(CONSTRAINTS)) {
                while (rs.next()) {
                    TableBuilder table = TableBuilder.in(tables, rs.getString(1));
                    if (table != null) {
                        constraint(table, rs);
                    }
                }
            }
            try (ResultSet rs = s.executeQuery(INDEXES)) {
                while (rs.next()) {
                    TableBuilder table = TableBuilder.in(tables, rs.getString(1));
                    if (table != null) {
                        String name = TableBuilder.lower(rs.getString(2));
                        table.indexes.put(name, new Index(name, TableBuilder.names(rs.getString(4)), rs.getBoolean(3)));
                    }
                }
            }
        }
        return TableBuilder.snapshot(tables);
    }

    private static Column column(ResultSet rs) throws SQLException {
        ColumnType type = TypeNames.parse(rs.getString(3));
        String rawDefault = rs.getString(5);
        String identity = rs.getString(6);
        boolean serial = rawDefault != null && rawDefault.startsWith("nextval(");
        boolean autoIncrement = serial || (identity != null && !identity.isBlank());
        return new Column(TableBuilder.lower(rs.getString(2)), type, !rs.getBoolean(4),
                serial ? null : Defaults.normalize(rawDefault, type), autoIncrement, rs.getString(7));
    }

    private static void constraint(TableBuilder table, ResultSet rs) throws SQLException {
        String name = TableBuilder.lower(rs.getString(2));
        List<String> columns = TableBuilder.names(rs.getString(4));
        switch (rs.getString(3)) {
            case "p" -> table.primaryKey = new PrimaryKey(name, columns);
            case "u" -> table.uniques.put(name, columns);
            case "f" -> table.foreignKeys.add(new ForeignKey(name, columns, TableBuilder.lower(rs.getString(5)),
                    TableBuilder.names(rs.getString(6)), rule(rs.getString(7)), rule(rs.getString(8)), false));
            default -> table.checks.add(new CheckConstraint(name, checkExpression(rs.getString(9))));
        }
    }

    /** pg_constraint's one-letter rule codes. */
    private static String rule(String code) {
        return switch (code) {
            case "c" -> "CASCADE";
            case "n" -> "SET NULL";
            case "d" -> "SET DEFAULT";
            case "r" -> "RESTRICT";
            default -> "NO ACTION";
        };
    }

    /** {@code CHECK ((price > 0))} to {@code price > 0}. */
    static String checkExpression(String definition) {
        String e = definition.strip();
        if (e.toUpperCase(Locale.ROOT).startsWith("CHECK")) {
            e = e.substring(5).strip();
        }
        if (e.endsWith(" NOT VALID")) {
            e = e.substring(0, e.length() - 10).strip();
        }
        return Defaults.unwrap(e);
    }
}
