package org.dbmigrate.internal.config;

import org.dbmigrate.config.ConfigError;
import org.dbmigrate.config.ConfigLoader;
import org.dbmigrate.config.MigrateConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 6: the [autogenerate] section of migrate.conf and its -D properties. */
class AutogenerateSettingsTest {

    @TempDir
    Path dir;

    MigrateConfig load(String ini, Map<String, String> properties) throws Exception {
        Path conf = Files.createDirectories(dir.resolve("etc")).resolve("migrate.conf");
        Files.writeString(conf, ini);
        return ConfigLoader.create(dir).environment(Map.of()).configFile(conf).properties(properties).load();
    }

    @Test
    void sectionKeysAndRelativeSchemaPath() throws Exception {
        MigrateConfig config = load("[autogenerate]\nmodel = schema:db/schema.sql\ninclude_tables = app_*, core\n"
                + "exclude_tables = tmp_*\ncompare_type = false\ncompare_server_default = yes\nclasspath = classes\n",
                Map.of());
        MigrateConfig.Autogenerate a = config.autogenerate();
        assertEquals("schema:" + dir.resolve("etc/db/schema.sql"), a.model());
        assertEquals(List.of("app_*", "core"), a.includeTables());
        assertEquals(List.of("tmp_*"), a.excludeTables());
        assertFalse(a.compareType());
        assertTrue(a.compareServerDefault());
        assertEquals(List.of(dir.resolve("etc/classes")), a.modelClasspath());
    }

    @Test
    void propertyBeatsTheFileAndDefaultsAreAlembics() throws Exception {
        MigrateConfig config = load("[autogenerate]\nmodel = url:jdbc:h2:mem:dev\n",
                Map.of("migrate.model", "jpa:com.example.model"));
        assertEquals("jpa:com.example.model", config.autogenerate().model());
        assertTrue(config.autogenerate().compareType());
        assertFalse(config.autogenerate().compareServerDefault());
    }

    @Test
    void anUnknownModelKindNamesTheThreeKinds() {
        ConfigError e = assertThrows(ConfigError.class, () -> load("[autogenerate]\nmodel = hibernate:x\n", Map.of()));
        assertTrue(e.getMessage().contains("jpa:<package or class names>, schema:<path to schema.sql> or url:jdbc:..."),
                e.getMessage());
    }
}
