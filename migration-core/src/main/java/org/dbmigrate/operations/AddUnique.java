package org.dbmigrate.operations;

import java.util.List;
import java.util.Optional;
import org.dbmigrate.internal.dialect.Dialect;

public record AddUnique(String name, String table, List<String> columns) implements Operation {

    public AddUnique {
        Names.check(name, "constraint");
        Names.check(table, "table");
        columns = Names.columns(columns, "unique constraint " + name);
    }

    @Override
    public List<String> sql(Dialect dialect) {
        return List.of("ALTER TABLE " + table + " ADD CONSTRAINT " + name + " UNIQUE (" + Names.joined(columns) + ")");
    }

    @Override
    public Optional<Operation> inverse() {
        return Optional.of(new DropUnique(name, table, this));
    }

    @Override
    public String describe() {
        return "add unique constraint " + name + " on " + table;
    }

    @Override
    public String javaSource() {
        return "op.addUnique(" + JavaText.quote(name) + ", " + JavaText.quote(table) + ", "
                + JavaText.strings(columns) + ");";
    }
}
