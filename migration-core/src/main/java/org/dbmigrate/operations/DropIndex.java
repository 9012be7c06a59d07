package org.dbmigrate.operations;

import java.util.List;
import java.util.Optional;
import org.dbmigrate.internal.dialect.Dialect;

/**
 * DROP INDEX; MySQL needs the table.
 *
 * @param definition the index as it is, when given: then the inverse re-creates it; else null
 */
public record DropIndex(String name, String table, CreateIndex definition) implements Operation {

    public DropIndex {
        Names.check(name, "index");
        Names.check(table, "table");
    }

    @Override
    public List<String> sql(Dialect dialect) {
        return List.of(dialect.dropIndex(table, name));
    }

    @Override
    public Optional<Operation> inverse() {
        return Optional.ofNullable(definition);
    }

    @Override
    public String noInverseReason() {
        return "its columns are not known; pass them: op.dropIndex(\"" + name + "\", \"" + table + "\", \"col\", ...)";
    }

    @Override
    public String describe() {
        return "drop index " + name + " on " + table;
    }

    @Override
    public String javaSource() {
        if (definition == null) {
            return "op.dropIndex(" + JavaText.quote(name) + ", " + JavaText.quote(table) + ");";
        }
        return "op." + (definition.unique() ? "dropUniqueIndex(" : "dropIndex(") + JavaText.quote(name) + ", "
                + JavaText.quote(table) + ", " + JavaText.strings(definition.columns()) + ");";
    }
}
