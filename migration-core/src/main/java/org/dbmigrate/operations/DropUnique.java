package org.dbmigrate.operations;

import java.util.List;
import java.util.Optional;
import org.dbmigrate.internal.dialect.ConstraintKind;
import org.dbmigrate.internal.dialect.Dialect;

/** @param definition the constraint as it is, when given: then the inverse adds it back; else null */
public record DropUnique(String name, String table, AddUnique definition) implements Operation {

    public DropUnique {
        Names.check(name, "constraint");
        Names.check(table, "table");
    }

    @Override
    public List<String> sql(Dialect dialect) {
        return List.of(dialect.dropConstraint(table, name, ConstraintKind.UNIQUE));
    }

    @Override
    public Optional<Operation> inverse() {
        return Optional.ofNullable(definition);
    }

    @Override
    public String noInverseReason() {
        return "its columns are not known; pass them: op.dropUnique(\"" + name + "\", \"" + table + "\", \"col\", ...)";
    }

    @Override
    public String describe() {
        return "drop unique constraint " + name + " on " + table;
    }

    @Override
    public String javaSource() {
        return "op.dropUnique(" + JavaText.quote(name) + ", " + JavaText.quote(table)
                + (definition == null ? "" : ", " + JavaText.strings(definition.columns())) + ");";
    }
}
