package org.dbmigrate.internal.dialect;

import org.dbmigrate.error.MigrationError;

/** A schema change this database cannot express from what the operation was told. */
public final class DdlNotPossibleError extends MigrationError {
    private static final long serialVersionUID = 1L;

    private final String dialect;
    private final String change;
    private final String fix;

    public DdlNotPossibleError(String dialect, String change, String fix) {
        super(dialect + " cannot " + change + ": " + fix);
        this.dialect = dialect;
        this.change = change;
        this.fix = fix;
    }

    public String dialect() {
        return dialect;
    }

    public String change() {
        return change;
    }

    public String fix() {
        return fix;
    }
}
