package org.dbmigrate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** db-manage end to end on an H2 file database. */
class H2DbManageIT extends AbstractDbManageIT {

    @Override
    TestDatabase createDatabase(Path folder) {
        return new H2TestDatabase(folder);
    }

    /** SPEC 3: a relative H2 URL goes to the driver as written, so it lands under the working directory. */
    @Test
    void relativeFileUrlIsRelativeToTheWorkingDirectory() {
        ok("--database-connection", "jdbc:h2:file:./target/migrate/app", "upgrade", "head");
        assertTrue(Files.isRegularFile(dir.resolve("target/migrate/app.mv.db")));
    }

    /**
     * SPEC 2: {@code classpath:} locations read the application's jar given with --app-classpath,
     * a Spring Boot jar's BOOT-INF/classes included; without it the location is not found.
     */
    @Test
    void classpathLocationsReadTheApplicationJar() throws Exception {
        Files.writeString(dir.resolve("cp.conf"), "[migrate]\nscript_location = classpath:db/migrations\n");
        Path plain = jar(dir.resolve("app.jar"), "");
        Path boot = jar(dir.resolve("boot.jar"), "BOOT-INF/classes/");

        assertFailedOneLine(dbManage("--config-file", "cp.conf", "current"),
                "script location classpath:db/migrations is not on the class path");
        ok("--config-file", "cp.conf", "--app-classpath", plain.toString(), "upgrade", "003");
        assertEquals("003", ok("--config-file", "cp.conf", "--app-classpath", plain.toString(), "current").out()
                .strip());
        ok("--config-file", "cp.conf", "--app-classpath", "boot.jar", "upgrade", "head");
        assertEquals("004 (head)", ok("--config-file", "cp.conf", "--app-classpath", "boot.jar", "current").out()
                .strip());
        assertTrue(ok("--config-file", "cp.conf", "--app-classpath", "boot.jar", "show", "004").out()
                .contains(boot + "!/BOOT-INF/classes/db/migrations/versions/004_add_total.sql"));
    }

    /** The project's migrations/ folder packed as {@code <prefix>db/migrations/}, with directory entries. */
    private Path jar(Path jar, String prefix) throws IOException {
        Path migrations = dir.resolve("migrations");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(migrations)) {
            files = walk.sorted().toList();
        }
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            StringBuilder folder = new StringBuilder();
            for (String part : prefix.split("/")) {
                if (!part.isEmpty()) {
                    folder.append(part).append('/');
                    out.putNextEntry(new JarEntry(folder.toString()));
                    out.closeEntry();
                }
            }
            out.putNextEntry(new JarEntry(prefix + "db/"));
            out.closeEntry();
            for (Path file : files) {
                String name = prefix + "db/" + dir.relativize(file).toString().replace('\\', '/')
                        + (Files.isDirectory(file) ? "/" : "");
                out.putNextEntry(new JarEntry(name));
                if (Files.isRegularFile(file)) {
                    out.write(Files.readAllBytes(file));
                }
                out.closeEntry();
            }
        }
        return jar;
    }
}
