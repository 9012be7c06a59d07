package org.dbmigrate.internal.fleet;

import org.dbmigrate.fleet.FleetTarget;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.dbmigrate.config.ConfigError;
import org.dbmigrate.config.ConfigLoader;
import org.dbmigrate.config.MigrateConfig;
import org.dbmigrate.error.MigrationError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 17: how targets are written ([targets], [fleet], targets files) and what a mistake says. */
class FleetConfigTest {

    @TempDir
    Path dir;

    private MigrateConfig load(String ini, Map<String, String> environment) throws Exception {
        Path file = Files.writeString(dir.resolve("app.conf"), ini);
        return ConfigLoader.create(dir).environment(environment).configFile(file).load();
    }

    @Test
    void targetsSectionAndFleetSettingsAreRead() throws Exception {
        MigrateConfig config = load("""
                [migrate]
                lock = table

                [targets]
                eu = jdbc:postgresql://eu/app?user=${EU_USER}
                us = jdbc:postgresql://us/app

                [fleet]
                targets = tenants.txt
                parallel = 8
                fail_fast = yes
                """, Map.of("EU_USER", "deploy"));
        assertEquals(MigrateConfig.LockKind.TABLE, config.lock());
        assertEquals(8, config.fleet().parallel());
        assertTrue(config.fleet().failFast());
        assertEquals(List.of(dir.resolve("tenants.txt")), config.fleet().targetFiles());
        assertEquals(List.of("eu", "us"),
                config.fleet().listed().stream().map(MigrateConfig.ListedTarget::key).toList());
        assertEquals("jdbc:postgresql://eu/app?user=deploy", config.fleet().listed().get(0).value());
    }

    @Test
    void namedTargetsAndTargetsFileLinesBecomeTargets() throws Exception {
        Files.writeString(dir.resolve("tenants.txt"), """
                # comment
                jdbc:postgresql://db/app?currentSchema=t1&password=${PW}

                jdbc:postgresql://us/app
                """);
        MigrateConfig config = load("""
                [targets]
                us = jdbc:postgresql://us/app

                [fleet]
                targets = tenants.txt
                """, Map.of());
        List<FleetTarget> targets = FleetTargets.of(config, Map.of("PW", "s3cret"));
        // the URL listed twice is one target, under its first name; a file line is named with its password hidden
        assertEquals(List.of("us", "jdbc:postgresql://db/app?currentSchema=t1&password=****"),
                targets.stream().map(FleetTarget::name).toList());
        assertEquals("jdbc:postgresql://db/app?currentSchema=t1&password=s3cret", targets.get(1).config().url());
    }

    @Test
    void badValuesAreOneLineNamingTheSetting() throws Exception {
        ConfigError parallel = assertThrows(ConfigError.class, () -> load("[fleet]\nparallel = 0\n", Map.of()));
        assertTrue(parallel.getMessage().contains("[fleet] parallel = '0' is not valid; use a whole number, 1 or more"),
                parallel.getMessage());
        ConfigError lock = assertThrows(ConfigError.class, () -> load("[migrate]\nlock = row\n", Map.of()));
        assertTrue(lock.getMessage().contains("[migrate] lock = 'row' is not valid; use advisory or table"),
                lock.getMessage());
        MigrateConfig rule = load("[targets]\ndiscover = tables like 'x'\n", Map.of());
        ConfigError discover = assertThrows(ConfigError.class, () -> FleetTargets.of(rule, Map.of()));
        assertTrue(discover.getMessage().contains("line 2") && discover.getMessage().contains(
                "use schemas like 'tenant_%' or databases like 'shop_%'"), discover.getMessage());
        MigrateConfig notUrl = load("[targets]\neu = postgres://eu\n", Map.of());
        ConfigError url = assertThrows(ConfigError.class, () -> FleetTargets.of(notUrl, Map.of()));
        assertTrue(url.getMessage().contains("[targets] eu = 'postgres://eu' is not a JDBC URL"), url.getMessage());
        Files.writeString(dir.resolve("t.txt"), "jdbc:postgresql://db/app?password=${MISSING}\n");
        MigrateConfig file = load("[fleet]\ntargets = t.txt\n", Map.of());
        MigrationError missing = assertThrows(MigrationError.class, () -> FleetTargets.of(file, Map.of()));
        assertTrue(missing.getMessage().contains("t.txt line 1") && missing.getMessage().contains("MISSING"),
                missing.getMessage());
    }

    @Test
    void targetUrlsForSchemasAndDatabases() {
        assertEquals("jdbc:postgresql://h:5432/app?currentSchema=tenant_1",
                TargetUrls.withSchema("jdbc:postgresql://h:5432/app", "tenant_1"));
        assertEquals("jdbc:postgresql://h/app?ssl=false&currentSchema=tenant_1",
                TargetUrls.withSchema("jdbc:postgresql://h/app?ssl=false", "tenant_1"));
        assertEquals("jdbc:postgresql://h/app?currentSchema=tenant_2&ssl=false",
                TargetUrls.withSchema("jdbc:postgresql://h/app?currentSchema=public&ssl=false", "tenant_2"));
        assertEquals("jdbc:h2:mem:app;MODE=MySQL;SCHEMA=T1", TargetUrls.withSchema("jdbc:h2:mem:app;MODE=MySQL", "T1"));
        assertEquals("jdbc:mysql://h:3306/shop_07?sslMode=DISABLED",
                TargetUrls.withDatabase("jdbc:mysql://h:3306/test?sslMode=DISABLED", "shop_07"));
        assertEquals("jdbc:mariadb://h/shop_07", TargetUrls.withDatabase("jdbc:mariadb://h", "shop_07"));
    }
}
