package org.dbmigrate.config;

import org.dbmigrate.error.MigrationError;

/**
 * A configuration mistake: a malformed config file line, an unset environment variable, a value a
 * setting does not accept. The message is one line that starts with where the mistake is (file and
 * line, or the {@code -D} property) and never contains a password.
 */
public final class ConfigError extends MigrationError {
    private static final long serialVersionUID = 1L;

    private final String where;

    public ConfigError(String where, String problem) {
        super(where + ": " + problem);
        this.where = where;
    }

    /** The file and line, or the flag or property, that holds the mistake. */
    public String where() {
        return where;
    }
}
