package org.dbmigrate.error;

/**
 * A user's mistake or a failed check: a bad target, a broken revision file, several heads, a
 * refused downgrade. The shells print {@link #getMessage()} as one line (no stack trace) and exit
 * non-zero; anything else that escapes a command is a bug and keeps its stack trace.
 *
 * <p>Subclasses carry the data of the mistake and build their message from it, and the message
 * names the revision or file and says what to do.
 */
public class MigrationError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public MigrationError(String message) {
        super(message);
    }

    public MigrationError(String message, Throwable cause) {
        super(message, cause);
    }
}
