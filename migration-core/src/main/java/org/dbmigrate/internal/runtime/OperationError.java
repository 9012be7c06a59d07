package org.dbmigrate.internal.runtime;

import org.dbmigrate.operations.Operation;
import org.dbmigrate.runtime.StepError;

/**
 * A Java revision's operation failed on the database (or its data code threw). PlanRunner turns it
 * into a {@link StepError} naming the file and the revision's line that called the operation.
 *
 * @see OnlineOperations
 */
public final class OperationError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Operation operation;
    private final int line;

    OperationError(Operation operation, int line, Throwable cause) {
        super(operation.describe() + " failed: " + cause.getMessage(), cause);
        this.operation = operation;
        this.line = line;
    }

    public Operation operation() {
        return operation;
    }

    /** The line of the revision's source that called the operation, or 0 when not found. */
    public int line() {
        return line;
    }
}
