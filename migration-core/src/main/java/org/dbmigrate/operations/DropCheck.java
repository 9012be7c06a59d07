package org.dbmigrate.operations;

import java.util.List;
import java.util.Optional;
import org.dbmigrate.internal.dialect.ConstraintKind;
import org.dbmigrate.internal.dialect.Dialect;

/** @param definition the constraint as it is, when given: then the inverse adds it back; else null */
public record DropCheck(String name, String table, AddCheck definition) implements Operation {

    public DropCheck {
        Names.check(name, "constraint");
        Names.check(table, "table");
    }

    @Override
    public List<String> sql(Dialect dialect) {
        return List.of(dialect.dropConstraint(table, name, ConstraintKind.CHECK));
    }

    @Override
    public Optional<Operation> inverse() {
        return Optional.ofNullable(definition);
    }

    @Override
    public String noInverseReason() {
        return "its condition is not known; pass it: op.dropCheck(\"" + name + "\", \"" + table + "\", \"condition\")";
    }

    @Override
    public String describe() {
        return "drop check constraint " + name + " on " + table;
    }

    @Override
    public String javaSource() {
        return "op.dropCheck(" + JavaText.quote(name) + ", " + JavaText.quote(table)
                + (definition == null ? "" : ", " + JavaText.quote(definition.condition())) + ");";
    }
}
