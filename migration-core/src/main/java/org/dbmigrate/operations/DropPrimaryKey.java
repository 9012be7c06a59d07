package org.dbmigrate.operations;

import java.util.List;
import java.util.Optional;
import org.dbmigrate.internal.dialect.ConstraintKind;
import org.dbmigrate.internal.dialect.Dialect;

/**
 * @param name       the constraint name, or null for the database's own
 * @param definition the key as it is, when given: then the inverse adds it back; else null
 */
public record DropPrimaryKey(String name, String table, AddPrimaryKey definition) implements Operation {

    public DropPrimaryKey {
        Names.check(table, "table");
    }

    @Override
    public List<String> sql(Dialect dialect) {
        return List.of(dialect.dropConstraint(table, name, ConstraintKind.PRIMARY_KEY));
    }

    @Override
    public Optional<Operation> inverse() {
        return Optional.ofNullable(definition);
    }

    @Override
    public String noInverseReason() {
        return "its columns are not known; pass them: op.dropPrimaryKey(name, \"" + table + "\", \"col\", ...)";
    }

    @Override
    public String describe() {
        return "drop primary key of " + table;
    }

    @Override
    public String javaSource() {
        return "op.dropPrimaryKey(" + JavaText.quote(name) + ", " + JavaText.quote(table)
                + (definition == null ? "" : ", " + JavaText.strings(definition.columns())) + ");";
    }
}
