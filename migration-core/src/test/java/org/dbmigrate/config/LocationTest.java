package org.dbmigrate.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SPEC section 2: a location is a folder, {@code filesystem:<folder>} or {@code classpath:<path>}. */
class LocationTest {

    @TempDir
    Path dir;

    @Test
    void threeWaysToWriteALocation() {
        assertEquals(Location.folder(dir.resolve("migrations")), Location.parse("migrations", dir));
        assertEquals(Location.folder(dir.resolve("migrations")), Location.parse("filesystem:migrations", dir));
        assertEquals(Location.folder(Path.of("/srv/m")), Location.parse("filesystem:/srv/m", dir));
        Location classpath = Location.parse("classpath:/db/migrations/", dir);
        assertTrue(classpath.onClasspath());
        assertEquals("db/migrations", classpath.classpathName());
        assertEquals("classpath:db/migrations/versions", classpath.resolve("versions").toString());
        assertEquals("give a path after classpath:, e.g. classpath:db/migrations",
                assertThrows(IllegalArgumentException.class, () -> Location.parse("classpath:", dir)).getMessage());
    }

    @Test
    void theConfigFileTakesClassPathLocations() throws IOException {
        Path file = Files.writeString(dir.resolve("app.conf"), "[migrate]\nscript_location = classpath:db/migrations\n"
                + "version_locations = classpath:db/migrations/versions, filesystem:extra\n");
        MigrateConfig config = ConfigLoader.create(dir).environment(Map.of()).configFile(file).load();
        assertEquals(Location.classpath("db/migrations"), config.scriptSource());
        assertNull(config.scriptLocation());
        assertEquals(List.of(Location.classpath("db/migrations/versions"), Location.folder(dir.resolve("extra"))),
                config.versionSources());
        assertEquals(List.of(dir.resolve("extra")), config.versionLocations());
        assertEquals(Location.classpath("db/migrations/versions"), config.versionsSource());
        assertNull(config.versionsDir());
    }

    @Test
    void aFolderConfigKeepsItsPaths() {
        MigrateConfig config = MigrateConfig.builder(dir).scriptLocation(dir.resolve("m")).build();
        assertEquals(Location.folder(dir.resolve("m")), config.scriptSource());
        assertEquals(dir.resolve("m/versions"), config.versionsDir());
        assertEquals(dir.resolve("m/populate"), config.populateDir());
    }
}
