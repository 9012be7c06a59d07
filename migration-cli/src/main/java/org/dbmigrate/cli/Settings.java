package org.dbmigrate.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What one launcher is made of: its name and version, the config files it reads when no
 * {@code --config-file} is given, and the process it runs in (working directory, environment,
 * {@code -D} properties, whether standard error is a terminal), injected so tests can fix them.
 */
record Settings(String name, String description, String version, List<Path> defaultConfigFiles,
        Path workingDir, Map<String, String> environment, Map<String, String> systemProperties,
        boolean terminal) {

    Settings {
        defaultConfigFiles = List.copyOf(defaultConfigFiles);
        workingDir = workingDir.toAbsolutePath().normalize();
        environment = Map.copyOf(environment);
        systemProperties = Map.copyOf(systemProperties);
    }

    /** The default config files, relative ones against the working directory. */
    List<Path> resolvedDefaultConfigFiles() {
        return defaultConfigFiles.stream().map(workingDir::resolve).toList();
    }
}
