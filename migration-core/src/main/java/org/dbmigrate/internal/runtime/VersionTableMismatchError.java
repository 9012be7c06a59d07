package org.dbmigrate.internal.runtime;

import org.dbmigrate.error.MigrationError;
import org.dbmigrate.graph.VersionChange;

/** A version-table change touched no row or several: something else changed the table. */
public final class VersionTableMismatchError extends MigrationError {
    private static final long serialVersionUID = 1L;

    private final String table;
    private final transient VersionChange change;
    private final int rows;

    public VersionTableMismatchError(String table, VersionChange change, int rows) {
        super("expected " + describe(change) + " to touch exactly one row of " + table + " but it touched " + rows
                + "; the table was changed outside dbmigrate: check it with 'current' and repair it with 'stamp'");
        this.table = table;
        this.change = change;
        this.rows = rows;
    }

    private static String describe(VersionChange change) {
        if (change instanceof VersionChange.Insert i) {
            return "inserting version '" + i.id() + "'";
        }
        if (change instanceof VersionChange.Update u) {
            return "moving version '" + u.from() + "' to '" + u.to() + "'";
        }
        return "deleting version '" + ((VersionChange.Delete) change).id() + "'";
    }

    public String table() {
        return table;
    }

    public VersionChange change() {
        return change;
    }

    public int rows() {
        return rows;
    }
}
