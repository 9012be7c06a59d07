package org.dbmigrate.operations;

import java.util.List;
import java.util.Optional;
import org.dbmigrate.internal.dialect.Dialect;

/**
 * ALTER TABLE ... DROP COLUMN.
 *
 * @param definition the column as it is, when given: then the inverse adds it back; else null
 */
public record DropColumn(String table, String column, Column definition) implements Operation {

    public DropColumn {
        Names.check(table, "table");
        Names.check(column, "column");
        if (definition != null && !definition.name().equals(column)) {
            throw new IllegalArgumentException("definition of " + definition.name() + " given to drop " + column);
        }
    }

    @Override
    public List<String> sql(Dialect dialect) {
        return List.of("ALTER TABLE " + table + " DROP COLUMN " + column);
    }

    @Override
    public Optional<Operation> inverse() {
        return Optional.ofNullable(definition).map(d -> new AddColumn(table, d));
    }

    @Override
    public String noInverseReason() {
        return "its type is not known; pass the definition: op.dropColumn(\"" + table + "\", col(\"" + column
                + "\", ...))";
    }

    @Override
    public String describe() {
        return "drop column " + table + "." + column;
    }

    @Override
    public String javaSource() {
        return "op.dropColumn(" + JavaText.quote(table) + ", "
                + (definition == null ? JavaText.quote(column) : definition.javaSource()) + ");";
    }
}
