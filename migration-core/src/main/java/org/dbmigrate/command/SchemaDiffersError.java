package org.dbmigrate.command;

import java.util.List;
import org.dbmigrate.error.Flag;
import org.dbmigrate.error.MigrationError;
import org.dbmigrate.error.Wording;

/** {@code check} found differences between the model and the database; the message lists one per line. */
public final class SchemaDiffersError extends MigrationError {
    private static final long serialVersionUID = 1L;

    private final List<String> differences;

    public SchemaDiffersError(List<String> differences) {
        super(Wording.of("New upgrade operations detected (" + differences.size() + "); run '",
                Wording.command("revision"), " ", Flag.AUTOGENERATE, " ", Flag.MESSAGE.is("..."),
                "' to write them:\n  " + String.join("\n  ", differences)));
        this.differences = List.copyOf(differences);
    }

    public List<String> differences() {
        return differences;
    }
}
