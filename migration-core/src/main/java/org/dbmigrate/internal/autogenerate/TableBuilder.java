package org.dbmigrate.internal.autogenerate;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Collects a table's parts as the bulk queries return them, row by row, in any table order. */
final class TableBuilder {

    final String name;
    String comment;
    final List<Column> columns = new ArrayList<>();
    PrimaryKey primaryKey;
    final Map<String, List<String>> uniques = new LinkedHashMap<>();
    final Map<String, Index> indexes = new LinkedHashMap<>();
    final List<ForeignKey> foreignKeys = new ArrayList<>();
    final List<CheckConstraint> checks = new ArrayList<>();

    private TableBuilder(String name) {
        this.name = name;
    }

    static Map<String, TableBuilder> map() {
        return new TreeMap<>();
    }

    static TableBuilder in(Map<String, TableBuilder> tables, String name) {
        return tables.get(lower(name));
    }

    static TableBuilder add(Map<String, TableBuilder> tables, String name, String comment) {
        TableBuilder builder = new TableBuilder(lower(name));
        builder.comment = comment;
        tables.put(builder.name, builder);
        return builder;
    }

    /** Reads one column from the current row of an introspector's columns query. */
    interface ColumnReader {
        Column read(ResultSet rs) throws SQLException;
    }

    /**
     * The tables of the {@code tables} query (name, comment) with the columns of the {@code columns}
     * query (the table's name first, the rest read by {@code column}); columns of other tables are left out.
     */
    static Map<String, TableBuilder> read(Statement s, String tables, String columns, ColumnReader column)
            throws SQLException {
        Map<String, TableBuilder> builders = map();
        try (ResultSet rs = s.executeQuery(tables)) {
            while (rs.next()) {
                add(builders, rs.getString(1), rs.getString(2));
            }
        }
        try (ResultSet rs = s.executeQuery(columns)) {
            while (rs.next()) {
                TableBuilder table = in(builders, rs.getString(1));
                if (table != null) {
                    table.columns.add(column.read(rs));
                }
            }
        }
        return builders;
    }

    Table build() {
        List<UniqueConstraint> uniqueList = new ArrayList<>();
        uniques.forEach((n, cols) -> uniqueList.add(new UniqueConstraint(n, cols)));
        return new Table(name, columns, primaryKey, sorted(uniqueList), List.copyOf(indexes.values()).stream()
                .sorted(Comparator.comparing(Index::name)).toList(),
                foreignKeys.stream().sorted(Comparator.comparing(ForeignKey::name)).toList(),
                checks.stream().sorted(Comparator.comparing(CheckConstraint::name)).toList(), comment);
    }

    private static List<UniqueConstraint> sorted(List<UniqueConstraint> list) {
        return list.stream().sorted(Comparator.comparing(UniqueConstraint::name)).toList();
    }

    static SchemaSnapshot snapshot(Map<String, TableBuilder> tables) {
        return SchemaSnapshot.of(tables.values().stream().map(TableBuilder::build).toList());
    }

    static String lower(String name) {
        return name == null ? null : name.toLowerCase(Locale.ROOT);
    }

    /** {@code "a,b"} as a list of lower-case names. */
    static List<String> names(String commaSeparated) {
        List<String> names = new ArrayList<>();
        if (commaSeparated != null && !commaSeparated.isEmpty()) {
            for (String n : commaSeparated.split(",")) {
                names.add(lower(n.strip()));
            }
        }
        return names;
    }
}
