package org.dbmigrate.operations;

import java.util.List;
import java.util.Optional;
import org.dbmigrate.internal.dialect.Dialect;

/**
 * DROP TABLE.
 *
 * @param definition the table as it is, when given: then the inverse re-creates it; else null
 */
public record DropTable(String table, CreateTable definition) implements Operation {

    public DropTable {
        Names.check(table, "table");
        if (definition != null && !definition.table().equals(table)) {
            throw new IllegalArgumentException("definition of " + definition.table() + " given to drop " + table);
        }
    }

    @Override
    public List<String> sql(Dialect dialect) {
        return List.of("DROP TABLE " + table);
    }

    @Override
    public Optional<Operation> inverse() {
        return Optional.ofNullable(definition);
    }

    @Override
    public String noInverseReason() {
        return "its columns are not known; pass the definition: op.dropTable(table(\"" + table + "\", col(...), ...))";
    }

    @Override
    public String describe() {
        return "drop table " + table;
    }

    @Override
    public String javaSource() {
        return definition == null ? "op.dropTable(" + JavaText.quote(table) + ");"
                : "op.dropTable(" + definition.definitionSource() + ");";
    }
}
