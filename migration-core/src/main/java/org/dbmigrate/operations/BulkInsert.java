package org.dbmigrate.operations;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.dbmigrate.internal.dialect.Dialect;

/**
 * One multi-row INSERT, values written as literals of the dialect (so online and offline run the
 * same text). Values: null, Boolean, numbers, String, LocalDate, LocalDateTime, UUID, byte[],
 * JsonValue.
 */
public record BulkInsert(String table, List<String> columns, List<List<Object>> rows) implements Operation {

    public BulkInsert {
        Names.check(table, "table");
        columns = Names.columns(columns, "insert into " + table);
        List<List<Object>> copy = new ArrayList<>();
        for (List<?> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("insert into " + table + ": a row has " + row.size()
                        + " values for " + columns.size() + " columns");
            }
            copy.add(Collections.unmodifiableList(new ArrayList<>(row))); // values may be null
        }
        if (copy.isEmpty()) {
            throw new IllegalArgumentException("insert into " + table + " needs at least one row");
        }
        rows = Collections.unmodifiableList(copy);
    }

    @Override
    public List<String> sql(Dialect dialect) {
        String values = rows.stream()
                .map(row -> row.stream().map(dialect::valueLiteral).collect(Collectors.joining(", ", "(", ")")))
                .collect(Collectors.joining(", "));
        return List.of("INSERT INTO " + table + " (" + Names.joined(columns) + ") VALUES " + values);
    }

    @Override
    public Optional<Operation> inverse() {
        return Optional.empty();
    }

    @Override
    public String noInverseReason() {
        return "inserted rows are not deleted automatically; write downgrade() with op.execute(\"DELETE ...\")";
    }

    @Override
    public String describe() {
        return "insert " + rows.size() + " row(s) into " + table;
    }

    @Override
    public String javaSource() {
        String rowText = rows.stream()
                .map(row -> row.stream().map(JavaText::value).collect(Collectors.joining(", ", "row(", ")")))
                .collect(Collectors.joining(",\n        ", ",\n        ", ""));
        return "op.bulkInsert(" + JavaText.quote(table) + ", " + JavaText.list(columns) + rowText + ");";
    }
}
