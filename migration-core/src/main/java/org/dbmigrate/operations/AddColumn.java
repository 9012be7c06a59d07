package org.dbmigrate.operations;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.dbmigrate.internal.dialect.Dialect;

public record AddColumn(String table, Column column) implements Operation {

    public AddColumn {
        Names.check(table, "table");
        Objects.requireNonNull(column, "column");
    }

    @Override
    public List<String> sql(Dialect dialect) {
        List<String> sql = new ArrayList<>();
        sql.add("ALTER TABLE " + table + " ADD COLUMN " + column.tableDefinition(dialect)
                + (column.inPrimaryKey() ? " PRIMARY KEY" : ""));
        if (column.comment() != null && !dialect.inlineComments()) {
            sql.addAll(dialect.columnComment(table, column.name(), column.comment(), column.definition(dialect)));
        }
        return List.copyOf(sql);
    }

    @Override
    public Optional<Operation> inverse() {
        return Optional.of(new DropColumn(table, column.name(), column));
    }

    @Override
    public String describe() {
        return "add column " + table + "." + column.name();
    }

    @Override
    public String javaSource() {
        return "op.addColumn(" + JavaText.quote(table) + ", " + column.javaSource() + ");";
    }
}
