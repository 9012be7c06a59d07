package org.dbmigrate.operations;

import org.dbmigrate.error.MigrationError;

/** A downgrade was to be derived from an upgrade holding an operation with no inverse. */
public final class NoInverseError extends MigrationError {
    private static final long serialVersionUID = 1L;

    private final transient Operation operation;

    public NoInverseError(Operation operation) {
        super("cannot derive the downgrade: " + operation.describe() + " has no inverse (" + operation.noInverseReason()
                + "); or write downgrade(Operations op)");
        this.operation = operation;
    }

    public Operation operation() {
        return operation;
    }
}
