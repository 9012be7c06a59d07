package org.dbmigrate.operations;

import java.util.List;
import java.util.Optional;
import org.dbmigrate.internal.dialect.ConstraintKind;
import org.dbmigrate.internal.dialect.Dialect;

/** @param definition the key as it is, when given: then the inverse adds it back; else null */
public record DropForeignKey(String name, String table, AddForeignKey definition) implements Operation {

    public DropForeignKey {
        Names.check(name, "constraint");
        Names.check(table, "table");
    }

    @Override
    public List<String> sql(Dialect dialect) {
        return List.of(dialect.dropConstraint(table, name, ConstraintKind.FOREIGN_KEY));
    }

    @Override
    public Optional<Operation> inverse() {
        return Optional.ofNullable(definition);
    }

    @Override
    public String noInverseReason() {
        return "its columns are not known; pass the definition: op.dropForeignKey(foreignKey(...))";
    }

    @Override
    public String describe() {
        return "drop foreign key " + name + " on " + table;
    }

    @Override
    public String javaSource() {
        return definition == null
                ? "op.dropForeignKey(" + JavaText.quote(name) + ", " + JavaText.quote(table) + ");"
                : "op.dropForeignKey(" + definition.definitionSource() + ");";
    }
}
