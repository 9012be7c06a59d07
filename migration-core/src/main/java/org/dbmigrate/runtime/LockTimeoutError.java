package org.dbmigrate.runtime;

import java.time.Duration;
import org.dbmigrate.error.MigrationError;

/** Another deployer held the migration lock for longer than the configured wait. */
public final class LockTimeoutError extends MigrationError {
    private static final long serialVersionUID = 1L;

    private final String database;
    private final Duration timeout;

    public LockTimeoutError(String database, Duration timeout) {
        super("gave up after waiting " + format(timeout) + " (lock_timeout) for the migration lock on " + database
                + ": another deployer is migrating it; retry when it has finished, or raise lock_timeout in migrate.conf");
        this.database = database;
        this.timeout = timeout;
    }

    private static String format(Duration timeout) {
        long ms = timeout.toMillis();
        return ms % 1000 == 0 ? ms / 1000 + "s" : ms + "ms";
    }

    public String database() {
        return database;
    }

    public Duration timeout() {
        return timeout;
    }
}
