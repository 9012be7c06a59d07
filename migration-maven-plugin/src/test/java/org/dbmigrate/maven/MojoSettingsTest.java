package org.dbmigrate.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.dbmigrate.config.ConfigKey;
import org.dbmigrate.config.MigrateConfig;
import org.dbmigrate.error.MigrationError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 4: precedence -D > POM > settings.xml server > migrate.conf > default, as Maven users expect. */
class MojoSettingsTest {

    @TempDir
    Path project;

    private Path conf(String text) throws IOException {
        return Files.writeString(project.resolve("migrate.conf"), text);
    }

    private static Map<ConfigKey, String> map(Object... keysAndValues) {
        Map<ConfigKey, String> map = new EnumMap<>(ConfigKey.class);
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((ConfigKey) keysAndValues[i], (String) keysAndValues[i + 1]);
        }
        return map;
    }

    private MigrateConfig load(Path file, Properties flags, Map<ConfigKey, String> pom, Map<ConfigKey, String> server) {
        return new MojoSettings(project, file, flags, pom, server).load(line -> { });
    }

    @Test
    void commandLineBeatsPomBeatsServerBeatsFile() throws IOException {
        Path file = conf("[database]\nurl = jdbc:h2:mem:file\nuser = fileuser\npassword = filepw\n"
                + "[migrate]\nversion_table = file_version\nhistory_table = file_history\n");
        Properties flags = new Properties();
        flags.setProperty("migrate.url", "jdbc:h2:mem:flag");
        MigrateConfig c = load(file, flags,
                map(ConfigKey.URL, "jdbc:h2:mem:pom", ConfigKey.VERSION_TABLE, "pom_version", ConfigKey.USER, null),
                map(ConfigKey.USER, "serveruser", ConfigKey.PASSWORD, "serverpw"));
        assertEquals("jdbc:h2:mem:flag", c.url());
        assertEquals("pom_version", c.versionTable());
        assertEquals("serveruser", c.user());
        assertEquals("serverpw", c.password().reveal());
        assertEquals("file_history", c.historyTable());
        assertTrue(c.downgradeEnabled(), "built-in default");
    }

    @Test
    void scriptLocationFromTheFileIsRelativeToTheFileAndFromThePomToTheProject() throws IOException {
        Files.createDirectories(project.resolve("conf"));
        Path file = Files.writeString(project.resolve("conf/app.conf"), "[migrate]\nscript_location = db\n");
        assertEquals(project.resolve("conf/db"), load(file, new Properties(), map(), map()).scriptLocation());
        assertEquals(project.resolve("sql"),
                load(file, new Properties(), map(ConfigKey.SCRIPT_LOCATION, "sql"), map()).scriptLocation());
    }

    @Test
    void relativeH2UrlOfTheFileOpensTheProjectsDatabase() throws IOException {
        Path file = conf("[database]\nurl = jdbc:h2:file:./target/migrate/app\n");
        assertEquals("jdbc:h2:file:" + project.toAbsolutePath().normalize() + "/target/migrate/app",
                load(file, new Properties(), map(), map()).url());
    }

    @Test
    void missingDefaultFileMeansDefaultsButAMissingNamedFileIsAMistake() {
        MigrateConfig defaults = load(project.resolve("migrate.conf"), new Properties(), map(), map());
        assertEquals("migrate_version", defaults.versionTable());
        MigrationError e = assertThrows(MigrationError.class,
                () -> load(project.resolve("prod.conf"), new Properties(), map(), map()));
        assertTrue(e.getMessage().contains("prod.conf") && e.getMessage().contains("-Dmigrate.configFile"), e.getMessage());
    }

    @Test
    void aBadValueNamesItsSourceAndUnknownKeysWarn() throws IOException {
        Path file = conf("[migrate]\ndowngrade = maybe\n");
        MigrationError e = assertThrows(MigrationError.class, () -> load(file, new Properties(), map(), map()));
        assertTrue(e.getMessage().contains("migrate.conf line 2"), e.getMessage());

        Path typo = conf("[migrate]\ndowngrad = false\n");
        List<String> warnings = new ArrayList<>();
        new MojoSettings(project, typo, new Properties(), map(), map()).load(warnings::add);
        assertEquals(1, warnings.size());
        assertTrue(warnings.get(0).contains("downgrad"), warnings.get(0));
    }

    @Test
    void aPasswordIsNeverInTheConfigsText() throws IOException {
        Path file = conf("[database]\nurl = jdbc:h2:mem:x\npassword = Hunter2#x\n");
        MigrateConfig c = load(file, new Properties(), map(), map());
        assertFalse(c.toString().contains("Hunter2"), c.toString());
    }
}
