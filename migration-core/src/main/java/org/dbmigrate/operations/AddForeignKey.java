package org.dbmigrate.operations;

import java.util.List;
import java.util.Optional;
import org.dbmigrate.internal.dialect.Dialect;

/**
 * @param onDelete the action on delete, or null for the database's default (NO ACTION / RESTRICT)
 * @param onUpdate the action on update, or null
 */
public record AddForeignKey(String name, String table, List<String> columns, String referencedTable,
        List<String> referencedColumns, ReferentialAction onDelete, ReferentialAction onUpdate) implements Operation {

    public AddForeignKey {
        Names.check(name, "constraint");
        Names.check(table, "table");
        Names.check(referencedTable, "table");
        columns = Names.columns(columns, "foreign key " + name);
        referencedColumns = Names.columns(referencedColumns, "foreign key " + name);
        if (columns.size() != referencedColumns.size()) {
            throw new IllegalArgumentException("foreign key " + name + ": " + columns.size() + " columns reference "
                    + referencedColumns.size());
        }
    }

    public AddForeignKey onDelete(ReferentialAction action) {
        return new AddForeignKey(name, table, columns, referencedTable, referencedColumns, action, onUpdate);
    }

    public AddForeignKey onUpdate(ReferentialAction action) {
        return new AddForeignKey(name, table, columns, referencedTable, referencedColumns, onDelete, action);
    }

    @Override
    public List<String> sql(Dialect dialect) {
        return List.of("ALTER TABLE " + table + " ADD CONSTRAINT " + name + " FOREIGN KEY (" + Names.joined(columns)
                + ") REFERENCES " + referencedTable + " (" + Names.joined(referencedColumns) + ")"
                + (onDelete == null ? "" : " ON DELETE " + onDelete.sql())
                + (onUpdate == null ? "" : " ON UPDATE " + onUpdate.sql()));
    }

    @Override
    public Optional<Operation> inverse() {
        return Optional.of(new DropForeignKey(name, table, this));
    }

    @Override
    public String describe() {
        return "add foreign key " + name + " on " + table;
    }

    /** {@code foreignKey("fk", "orders", List.of("user_id"), "users", List.of("id")).onDelete(CASCADE)}. */
    String definitionSource() {
        return "foreignKey(" + JavaText.quote(name) + ", " + JavaText.quote(table) + ", " + JavaText.list(columns)
                + ", " + JavaText.quote(referencedTable) + ", " + JavaText.list(referencedColumns) + ")"
                + (onDelete == null ? "" : ".onDelete(ReferentialAction." + onDelete.name() + ")")
                + (onUpdate == null ? "" : ".onUpdate(ReferentialAction." + onUpdate.name() + ")");
    }

    @Override
    public String javaSource() {
        return "op.addForeignKey(" + definitionSource() + ");";
    }
}
