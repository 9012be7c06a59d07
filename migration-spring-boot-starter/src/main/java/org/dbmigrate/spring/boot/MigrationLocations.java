package org.dbmigrate.spring.boot;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dbmigrate.config.Location;
import org.dbmigrate.config.MigrateConfig;

/**
 * Turns {@code dbmigrate.locations} into the config's script and version locations: the first
 * location holds {@code versions/} (as {@code script_location}), further ones are extra folders of
 * revision files. The engine reads {@code classpath:} locations from folders, jars and Spring Boot
 * jars alike; this class only checks that each location is there, to stop start-up with a line
 * that names the property.
 */
final class MigrationLocations {

    private final ClassLoader classLoader;

    MigrationLocations(ClassLoader classLoader) {
        this.classLoader = classLoader;
    }

    MigrateConfig.Builder apply(List<String> locations, MigrateConfig.Builder config) {
        if (locations == null || locations.isEmpty()) {
            throw new DbMigrateStartupError("dbmigrate.locations is empty",
                    "Set dbmigrate.locations, e.g. classpath:db/migrations (the folder holding versions/)");
        }
        Location script = resolve(locations.get(0));
        config.scriptSource(script);
        List<Location> versions = new ArrayList<>();
        if (locations.size() > 1) {
            versions.add(script.resolve("versions"));
            locations.subList(1, locations.size()).forEach(l -> versions.add(resolve(l)));
        }
        return config.versionSources(versions);
    }

    Location resolve(String text) {
        Location location;
        try {
            location = Location.parse(text, Path.of(""));
        } catch (IllegalArgumentException e) {
            throw new DbMigrateStartupError("dbmigrate.locations=" + text + ": " + e.getMessage(),
                    "Write classpath:<path>, filesystem:<folder> or a folder");
        }
        boolean exists = location.onClasspath() ? classLoader.getResource(location.classpathName()) != null
                : Files.isDirectory(location.folder());
        if (!exists) {
            throw new DbMigrateStartupError("dbmigrate.locations=" + text + " does not exist",
                    "Put the revision files in src/main/resources/db/migrations/versions (the default"
                            + " classpath:db/migrations), point dbmigrate.locations at them,"
                            + " or set dbmigrate.enabled=false");
        }
        return location;
    }
}
