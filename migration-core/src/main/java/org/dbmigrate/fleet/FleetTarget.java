package org.dbmigrate.fleet;

import java.util.Objects;
import org.dbmigrate.config.MigrateConfig;
import org.dbmigrate.internal.runtime.ConnectionSource;

/**
 * One database (or schema) of a fleet.
 *
 * @param name        what the summary calls it: the {@code [targets]} name, the schema or database found
 *                    by discovery, or the URL with its password hidden
 * @param config      the settings for this target (its own URL; everything else shared)
 * @param connections where its connections come from
 * @param schema      the schema the target lives in when discovery found it as a schema, else null;
 *                    offline scripts switch to it
 * @param database    the database when discovery found it as a database, else null; offline scripts
 *                    switch to it
 */
public record FleetTarget(String name, MigrateConfig config, ConnectionSource connections, String schema,
        String database) {

    public FleetTarget {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(connections, "connections");
    }

    /** A target reached through {@code config}'s own URL, user and password. */
    public static FleetTarget of(String name, MigrateConfig config) {
        return new FleetTarget(name, config, ConnectionSource.of(config), null, null);
    }
}
