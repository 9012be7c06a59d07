package org.dbmigrate.operations;

import java.util.List;
import java.util.Optional;
import org.dbmigrate.internal.dialect.Dialect;

public record RenameTable(String table, String newName) implements Operation {

    public RenameTable {
        Names.check(table, "table");
        Names.check(newName, "table");
    }

    @Override
    public List<String> sql(Dialect dialect) {
        return List.of(dialect.renameTable(table, newName));
    }

    @Override
    public Optional<Operation> inverse() {
        return Optional.of(new RenameTable(newName, table));
    }

    @Override
    public String describe() {
        return "rename table " + table + " to " + newName;
    }

    @Override
    public String javaSource() {
        return "op.renameTable(" + JavaText.quote(table) + ", " + JavaText.quote(newName) + ");";
    }
}
