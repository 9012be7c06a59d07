package org.dbmigrate.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The builder others use in tests: defaults from ConfigKey, a few settings changed. */
class MigrateConfigTest {

    @Test
    void builderStartsFromDefaultsResolvedAgainstBaseDir() {
        Path base = Path.of("/srv/app");
        MigrateConfig config = MigrateConfig.builder(base).url("jdbc:h2:mem:t").downgradeEnabled(false).build();
        assertEquals("jdbc:h2:mem:t", config.url());
        assertEquals(Path.of("/srv/app/migrations"), config.scriptLocation());
        assertEquals(Path.of("/srv/app/migrations/versions"), config.versionsDir());
        assertEquals(Path.of("/srv/app/migrations/populate"), config.populateDir());
        assertFalse(config.downgradeEnabled());
        assertEquals(Duration.ofSeconds(60), config.lockTimeout());
    }

    @Test
    void toBuilderCopiesEverything() {
        MigrateConfig config = MigrateConfig.builder(Path.of("/a")).password(Secret.of("pw")).build();
        assertEquals(config, config.toBuilder().build());
        assertEquals("other", config.toBuilder().versionTable("other").build().versionTable());
    }
}
