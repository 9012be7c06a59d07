package org.dbmigrate.operations;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.dbmigrate.internal.dialect.Dialect;

/** @param condition the SQL condition, written as given */
public record AddCheck(String name, String table, String condition) implements Operation {

    public AddCheck {
        Names.check(name, "constraint");
        Names.check(table, "table");
        Objects.requireNonNull(condition, "condition");
    }

    @Override
    public List<String> sql(Dialect dialect) {
        return List.of("ALTER TABLE " + table + " ADD CONSTRAINT " + name + " CHECK (" + condition + ")");
    }

    @Override
    public Optional<Operation> inverse() {
        return Optional.of(new DropCheck(name, table, this));
    }

    @Override
    public String describe() {
        return "add check constraint " + name + " on " + table;
    }

    @Override
    public String javaSource() {
        return "op.addCheck(" + JavaText.quote(name) + ", " + JavaText.quote(table) + ", " + JavaText.quote(condition)
                + ");";
    }
}
