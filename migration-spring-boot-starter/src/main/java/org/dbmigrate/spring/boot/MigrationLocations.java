package org.dbmigrate.spring.boot;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dbmigrate.config.MigrateConfig;

/**
 * Turns {@code dbmigrate.locations} into the config's script and version locations: the first
 * location holds {@code versions/}, further ones are extra folders of revision files.
 *
 * <p>This is the one place that knows how a {@code classpath:} location is read. Until the engine
 * reads class-path locations itself, a {@code classpath:} location must be a folder (exploded
 * classes, as in an IDE or {@code mvn spring-boot:run} and tests); in a packed jar it is refused.
 */
final class MigrationLocations {

    static final String CLASSPATH = "classpath:";
    static final String FILESYSTEM = "filesystem:";

    private final ClassLoader classLoader;

    MigrationLocations(ClassLoader classLoader) {
        this.classLoader = classLoader;
    }

    MigrateConfig.Builder apply(List<String> locations, MigrateConfig.Builder config) {
        if (locations == null || locations.isEmpty()) {
            throw new DbMigrateStartupException("dbmigrate.locations is empty",
                    "Set dbmigrate.locations, e.g. classpath:db/migrations (the folder holding versions/)");
        }
        Path script = resolve(locations.get(0));
        config.scriptLocation(script);
        if (locations.size() > 1) {
            List<Path> versions = new ArrayList<>();
            versions.add(script.resolve("versions"));
            locations.subList(1, locations.size()).forEach(l -> versions.add(resolve(l)));
            config.versionLocations(versions);
        } else {
            config.versionLocations(List.of());
        }
        return config;
    }

    Path resolve(String location) {
        String l = location.strip();
        if (l.startsWith(CLASSPATH)) {
            return classpathFolder(l, l.substring(CLASSPATH.length()).replaceAll("^/+", ""));
        }
        Path path = Path.of(l.startsWith(FILESYSTEM) ? l.substring(FILESYSTEM.length()) : l).toAbsolutePath();
        if (!Files.isDirectory(path)) {
            throw missing(location);
        }
        return path;
    }

    private Path classpathFolder(String location, String resource) {
        URL url = classLoader.getResource(resource);
        if (url == null) {
            throw missing(location);
        }
        if (!"file".equals(url.getProtocol())) {
            throw new DbMigrateStartupException("dbmigrate.locations=" + location + " is packed in " + url
                    + ", and this dbmigrate reads classpath locations from folders only",
                    "Point dbmigrate.locations at the unpacked folder (filesystem:/path/to/migrations)");
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw missing(location);
        }
    }

    private static DbMigrateStartupException missing(String location) {
        return new DbMigrateStartupException("dbmigrate.locations=" + location + " does not exist",
                "Put the revision files in src/main/resources/db/migrations/versions (the default"
                        + " classpath:db/migrations), point dbmigrate.locations at them,"
                        + " or set dbmigrate.enabled=false");
    }
}
