package org.dbmigrate.internal.autogenerate;

import java.util.List;
import java.util.Locale;

/**
 * @param name              null when the model leaves the name to the database
 * @param onDelete          {@code NO ACTION} (the default), {@code CASCADE}, {@code SET NULL}, {@code SET DEFAULT},
 *                          {@code RESTRICT}
 * @param implicitIndex     MySQL created an index of the same name for it, which goes when the key is dropped
 *                          by hand (so a downgrade drops it too)
 */
public record ForeignKey(String name, List<String> columns, String referencedTable, List<String> referencedColumns,
        String onDelete, String onUpdate, boolean implicitIndex) {

    public ForeignKey {
        columns = List.copyOf(columns);
        referencedColumns = List.copyOf(referencedColumns);
        onDelete = rule(onDelete);
        onUpdate = rule(onUpdate);
    }

    public static ForeignKey of(String name, List<String> columns, String referencedTable,
            List<String> referencedColumns) {
        return new ForeignKey(name, columns, referencedTable, referencedColumns, null, null, false);
    }

    /** What identifies a foreign key whatever its name: the columns, the target and the rules. */
    public String signature() {
        return columns + "->" + referencedTable + referencedColumns + " ON DELETE " + onDelete + " ON UPDATE "
                + onUpdate;
    }

    /**
     * RESTRICT and NO ACTION act alike (they differ only for deferred checks in PostgreSQL), and H2
     * and MySQL report one for the other: both are NO ACTION here.
     */
    private static String rule(String rule) {
        if (rule == null || rule.isBlank()) {
            return "NO ACTION";
        }
        String r = rule.strip().toUpperCase(Locale.ROOT).replace('_', ' ');
        return r.equals("RESTRICT") ? "NO ACTION" : r;
    }
}
