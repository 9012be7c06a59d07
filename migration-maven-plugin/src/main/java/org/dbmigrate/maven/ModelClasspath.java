package org.dbmigrate.maven;

import java.nio.file.Path;
import java.util.List;

/** The project's classpath elements as paths for a {@code jpa:} model. */
final class ModelClasspath {

    private ModelClasspath() {
    }

    static List<Path> of(List<String> elements) {
        return elements == null ? List.of() : elements.stream().map(Path::of).toList();
    }
}
