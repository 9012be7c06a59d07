package org.dbmigrate.internal.script;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.CodeSource;
import java.util.stream.Stream;
import org.dbmigrate.operations.Operations;

/**
 * Names the build of the engine that runs: its version, plus where its classes come from and when
 * they were last written. Two builds with one version (snapshots, a developer's tree) get different
 * names, so classes compiled against one are never loaded by the other.
 */
final class EngineBuild {

    static final String FINGERPRINT = compute();

    private EngineBuild() {
    }

    private static String compute() {
        String version = Operations.class.getPackage().getImplementationVersion();
        return "dbmigrate " + (version == null ? "dev" : version) + stamp();
    }

    /** " <location> <size or file count> <newest modification>" of the engine's jar or class folder. */
    private static String stamp() {
        CodeSource source = Operations.class.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null || !"file".equals(source.getLocation().getProtocol())) {
            return ""; // a nested jar (Spring Boot): the version is all there is to go by
        }
        try {
            Path location = Path.of(source.getLocation().toURI());
            if (Files.isRegularFile(location)) {
                return " " + location + " " + Files.size(location) + " " + Files.getLastModifiedTime(location).toMillis();
            }
            try (Stream<Path> files = Files.walk(location)) {
                long[] countAndNewest = new long[2];
                files.forEach(file -> {
                    BasicFileAttributes attributes = attributes(file);
                    if (attributes.isRegularFile()) {
                        countAndNewest[0]++;
                        countAndNewest[1] = Math.max(countAndNewest[1], attributes.lastModifiedTime().toMillis());
                    }
                });
                return " " + location + " " + countAndNewest[0] + " " + countAndNewest[1];
            }
        } catch (URISyntaxException | IllegalArgumentException | IOException | UncheckedIOException e) {
            return "";
        }
    }

    private static BasicFileAttributes attributes(Path file) {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
