package org.dbmigrate.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import org.dbmigrate.error.MigrationError;

/**
 * {@code --app-classpath}: the application's jars and folders, where {@code classpath:} locations
 * are read. A Spring Boot jar's own classes are under {@code BOOT-INF/classes}, so that folder of the
 * jar is added too; jars nested in {@code BOOT-INF/lib} are not read (point at the jar that holds the
 * revisions, or at the source folder).
 */
final class AppClasspath {

    private static final String BOOT_CLASSES = "BOOT-INF/classes/";

    private AppClasspath() {
    }

    static ClassLoader loader(List<Path> entries, ClassLoader parent) {
        List<URL> urls = new ArrayList<>();
        for (Path entry : entries) {
            if (!Files.exists(entry)) {
                throw new MigrationError("--app-classpath " + entry + " does not exist; give the application's jar"
                        + " or classes folder");
            }
            try {
                urls.add(entry.toUri().toURL());
                if (Files.isRegularFile(entry) && hasBootClasses(entry)) {
                    urls.add(new URL("jar:" + entry.toUri() + "!/" + BOOT_CLASSES));
                }
            } catch (MalformedURLException e) {
                throw new IllegalStateException("no URL for " + entry, e);
            }
        }
        return new URLClassLoader(urls.toArray(URL[]::new), parent);
    }

    private static boolean hasBootClasses(Path jar) {
        try (JarFile file = new JarFile(jar.toFile())) {
            return file.getEntry(BOOT_CLASSES) != null;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + jar, e);
        }
    }
}
