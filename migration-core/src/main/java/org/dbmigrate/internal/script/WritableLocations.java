package org.dbmigrate.internal.script;

import java.nio.file.Path;
import org.dbmigrate.config.Location;
import org.dbmigrate.config.MigrateConfig;
import org.dbmigrate.error.MigrationError;

/**
 * The folders that {@code revision} and {@code merge} write into. A class path location is read-only
 * (its files are packed in a jar); the refusal says which setting to point at which folder.
 */
final class WritableLocations {

    private WritableLocations() {
    }

    /** {@code location}'s folder, or a {@link MigrationError} when it is on the class path. */
    static Path folder(Location location, MigrateConfig config) {
        if (!location.onClasspath()) {
            return location.folder();
        }
        boolean versionLocation = config.versionSources().contains(location);
        Location named = versionLocation ? location : config.scriptSource();
        String key = versionLocation ? "version_locations" : "script_location";
        throw new MigrationError("cannot write revisions into " + named + ": class path locations are read-only; "
                + "set " + key + " = src/main/resources/" + named.classpathName()
                + " (the folder it is packed from) for this command, or run mvn migrate:revision,"
                + " which writes classpath: locations into src/main/resources");
    }
}
