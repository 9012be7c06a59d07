package org.dbmigrate.internal.autogenerate;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A rename cannot be told from a drop and an add, so autogenerate writes the drop and the add and
 * names the likely rename in a comment: a dropped and a created table with the same column names,
 * or in one table a dropped and an added column of the same type.
 */
final class RenameHints {

    private RenameHints() {
    }

    static List<String> of(List<SchemaChange> changes) {
        List<String> hints = new ArrayList<>();
        for (SchemaChange c : changes) {
            if (c instanceof SchemaChange.DropTable dropped) {
                for (SchemaChange d : changes) {
                    if (d instanceof SchemaChange.CreateTable created
                            && columnNames(dropped.table()).equals(columnNames(created.table()))) {
                        hints.add("table " + dropped.table().name() + " is dropped and " + created.table().name()
                                + " created with the same columns: if it is a rename, replace both with"
                                + " ALTER TABLE " + dropped.table().name() + " RENAME TO " + created.table().name());
                    }
                }
            }
            if (c instanceof SchemaChange.DropColumn dropped) {
                for (SchemaChange d : changes) {
                    if (d instanceof SchemaChange.AddColumn added && added.table().equals(dropped.table())
                            && added.column().type().equals(dropped.column().type())) {
                        hints.add("column " + dropped.table() + "." + dropped.column().name() + " is dropped and "
                                + added.column().name() + " added with the same type: if it is a rename, replace both"
                                + " with ALTER TABLE " + dropped.table() + " RENAME COLUMN " + dropped.column().name()
                                + " TO " + added.column().name() + " (the data stays)");
                    }
                }
            }
        }
        return List.copyOf(hints);
    }

    private static Set<String> columnNames(Table table) {
        return table.columns().stream().map(Column::name).collect(Collectors.toSet());
    }
}
