package org.dbmigrate.command;

import java.util.List;
import org.dbmigrate.error.MigrationError;

/** {@code check} found differences between the model and the database; the message lists one per line. */
public final class SchemaDiffersError extends MigrationError {
    private static final long serialVersionUID = 1L;

    private final List<String> differences;

    public SchemaDiffersError(List<String> differences) {
        super("New upgrade operations detected (" + differences.size() + "); run 'revision --autogenerate -m ...'"
                + " to write them:\n  " + String.join("\n  ", differences));
        this.differences = List.copyOf(differences);
    }

    public List<String> differences() {
        return differences;
    }
}
