package org.dbmigrate.maven;

import java.nio.file.Path;
import java.util.List;
import org.dbmigrate.config.Location;
import org.dbmigrate.config.MigrateConfig;

/**
 * In a Maven project, {@code classpath:db/migrations} is {@code src/main/resources/db/migrations}
 * (the project's first resource folder): the files the build packs into the jar. Every goal reads
 * them there, and {@code revision} and {@code merge} can write new ones.
 */
final class ResourceFolderLocations {

    private ResourceFolderLocations() {
    }

    static MigrateConfig map(MigrateConfig config, Path resourceFolder) {
        if (!config.scriptSource().onClasspath()
                && config.versionSources().stream().noneMatch(Location::onClasspath)) {
            return config;
        }
        List<Location> versions = config.versionSources().stream().map(l -> inFolder(l, resourceFolder)).toList();
        return config.toBuilder().scriptSource(inFolder(config.scriptSource(), resourceFolder))
                .versionSources(versions).build();
    }

    private static Location inFolder(Location location, Path resourceFolder) {
        return location.onClasspath() ? Location.folder(resourceFolder.resolve(location.classpathName())) : location;
    }
}
