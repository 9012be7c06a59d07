package org.dbmigrate.operations;

import java.util.List;
import java.util.Optional;
import org.dbmigrate.internal.dialect.Dialect;

/** @param name the constraint name, or null for the database's own (MySQL always calls it PRIMARY) */
public record AddPrimaryKey(String name, String table, List<String> columns) implements Operation {

    public AddPrimaryKey {
        Names.check(table, "table");
        columns = Names.columns(columns, "primary key of " + table);
    }

    @Override
    public List<String> sql(Dialect dialect) {
        return List.of("ALTER TABLE " + table + " ADD " + (name == null ? "" : "CONSTRAINT " + name + " ")
                + "PRIMARY KEY (" + Names.joined(columns) + ")");
    }

    @Override
    public Optional<Operation> inverse() {
        return Optional.of(new DropPrimaryKey(name, table, this));
    }

    @Override
    public String describe() {
        return "add primary key on " + table;
    }

    @Override
    public String javaSource() {
        return "op.addPrimaryKey(" + JavaText.quote(name) + ", " + JavaText.quote(table) + ", "
                + JavaText.strings(columns) + ");";
    }

}
