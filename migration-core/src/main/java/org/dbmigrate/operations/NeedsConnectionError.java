package org.dbmigrate.operations;

import org.dbmigrate.error.Flag;
import org.dbmigrate.error.MigrationError;
import org.dbmigrate.error.Wording;

/** Code that reads data asked for the connection while an offline script was being written. */
public final class NeedsConnectionError extends MigrationError {
    private static final long serialVersionUID = 1L;

    private final String what;

    public NeedsConnectionError(String what) {
        super(Wording.of(what + " needs a database connection, so it cannot be written as offline SQL (", Flag.SQL,
                "); run it online"));
        this.what = what;
    }

    public String what() {
        return what;
    }
}
