package org.dbmigrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.dbmigrate.config.ConfigError;
import org.dbmigrate.config.Location;
import org.dbmigrate.config.MigrateConfig;
import org.junit.jupiter.api.Test;

/** The settings {@code Migrator.configure()} makes, before anything connects. */
class MigratorBuilderTest {

    private static MigrateConfig config(MigratorBuilder builder) {
        return builder.load().context().config();
    }

    @Test
    void anApplicationReadsClasspathDbMigrationsByDefault() {
        MigrateConfig config = config(Migrator.configure().url("jdbc:h2:mem:x"));
        assertEquals(Location.classpath("db/migrations"), config.scriptSource());
        assertNull(config.scriptLocation());
        assertEquals(List.of(), config.versionSources());
    }

    @Test
    void severalLocationsReadEachOnesVersions() {
        MigrateConfig config = config(Migrator.configure().locations("classpath:db/migrations", "filesystem:extra"));
        assertEquals(Location.classpath("db/migrations"), config.scriptSource());
        assertEquals(List.of(Location.classpath("db/migrations/versions"),
                Location.folder(Path.of("extra/versions"))), config.versionSources());
    }

    @Test
    void aWrongValueNamesTheMethod() {
        ConfigError error = assertThrows(ConfigError.class,
                () -> Migrator.configure().versionTable("bad name").load());
        assertEquals("Migrator.configure(): versionTable(...) = 'bad name' is not valid; use a table name of letters,"
                + " digits and _ (optionally schema.table)", error.getMessage());
    }
}
