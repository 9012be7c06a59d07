package org.dbmigrate.operations;

import java.util.List;
import java.util.Optional;
import org.dbmigrate.internal.dialect.Dialect;

public record CreateIndex(String name, String table, List<String> columns, boolean unique) implements Operation {

    public CreateIndex {
        Names.check(name, "index");
        Names.check(table, "table");
        columns = Names.columns(columns, "index " + name);
    }

    @Override
    public List<String> sql(Dialect dialect) {
        return List.of("CREATE " + (unique ? "UNIQUE " : "") + "INDEX " + name + " ON " + table + " ("
                + Names.joined(columns) + ")");
    }

    @Override
    public Optional<Operation> inverse() {
        return Optional.of(new DropIndex(name, table, this));
    }

    @Override
    public String describe() {
        return "create index " + name + " on " + table;
    }

    @Override
    public String javaSource() {
        return "op." + (unique ? "createUniqueIndex(" : "createIndex(") + JavaText.quote(name) + ", "
                + JavaText.quote(table) + ", " + JavaText.strings(columns) + ");";
    }
}
