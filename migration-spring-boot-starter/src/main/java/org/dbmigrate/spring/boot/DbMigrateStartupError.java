package org.dbmigrate.spring.boot;

/**
 * Stops start-up: the message is dbmigrate's one line (the core's, or the starter's own), the
 * action says what to do; {@link DbMigrateFailureAnalyzer} prints both without a stack trace.
 */
public class DbMigrateStartupError extends RuntimeException {

    private final String action;

    public DbMigrateStartupError(String message, String action, Throwable cause) {
        super(message, cause);
        this.action = action;
    }

    public DbMigrateStartupError(String message, String action) {
        this(message, action, null);
    }

    public String action() {
        return action;
    }
}
