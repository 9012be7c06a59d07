package org.dbmigrate.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.dbmigrate.error.Flag;
import org.dbmigrate.error.FlagVocabulary;
import org.dbmigrate.error.MigrationError;
import org.dbmigrate.error.Wording;
import org.junit.jupiter.api.Test;

/** Issue 12: one message, two spellings; Maven's names are the goals' parameter properties. */
class MavenFlagsTest {

    @Test
    void everyFlagIsSpelledAsTheGoalParameter() {
        assertEquals("-DacceptChanged", MavenFlags.VOCABULARY.flag(Flag.ACCEPT_CHANGED));
        assertEquals("-Dsplice", MavenFlags.VOCABULARY.flag(Flag.SPLICE));
        assertEquals("-DrevId=007", MavenFlags.VOCABULARY.flag(Flag.REV_ID, "007"));
        assertEquals("-DdependsOn", MavenFlags.VOCABULARY.flag(Flag.DEPENDS_ON));
        assertEquals("-DversionPath", MavenFlags.VOCABULARY.flag(Flag.VERSION_PATH));
        assertEquals("-Dmigrate.configFile", MavenFlags.VOCABULARY.flag(Flag.CONFIG_FILE));
        assertEquals("-Dlimit", MavenFlags.VOCABULARY.flag(Flag.LIMIT));
        assertEquals("migrate:check-migration", MavenFlags.VOCABULARY.command("check_migration"));
    }

    @Test
    void oneErrorRendersInBothVocabularies() {
        MigrationError error = new MigrationError(Wording.of("reset it with '", Wording.command("stamp"), " ",
                Flag.PURGE, " ", Flag.TARGET.is("<revision>"), "' or rerun with ", Flag.ACCEPT_CHANGED));
        assertEquals("reset it with 'stamp --purge <revision>' or rerun with --accept-changed", error.getMessage());
        assertEquals(error.getMessage(), error.message(FlagVocabulary.DB_MANAGE));
        assertEquals("reset it with 'migrate:stamp -Dpurge -Dtarget=<revision>' or rerun with -DacceptChanged",
                error.message(MavenFlags.VOCABULARY));
    }
}
