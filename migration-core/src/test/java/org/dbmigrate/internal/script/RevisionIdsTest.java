package org.dbmigrate.internal.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.dbmigrate.config.MigrateConfig.RevisionIdStyle;
import org.dbmigrate.error.MigrationError;
import org.junit.jupiter.api.Test;

/** SPEC section 3: revision_id = sequential (001, 002...) or hex (12 hex characters); --rev-id wins. */
class RevisionIdsTest {

    private static String next(String... existing) {
        return RevisionIds.choose(null, RevisionIdStyle.SEQUENTIAL, List.of(existing), new Random(1));
    }

    @Test
    void sequentialStartsAt001() {
        assertEquals("001", next());
    }

    @Test
    void sequentialFollowsTheHighestAllDigitIdAndKeepsTheWidth() {
        assertEquals("007", next("001", "006", "003"));
        assertEquals("1000", next("999"));
        assertEquals("00011", next("00010", "002"));
        // ids with letters (release names, hex ids) do not count
        assertEquals("003", next("002", "icehouse", "ae1027a6acf4"));
        assertEquals("001", next("icehouse"));
    }

    @Test
    void hexIdsAreTwelveLowerCaseHexCharactersAndAvoidExistingOnes() {
        String first = RevisionIds.choose(null, RevisionIdStyle.HEX, List.of(), new Random(7));
        assertTrue(first.matches("[0-9a-f]{12}"), first);
        String second = RevisionIds.choose(null, RevisionIdStyle.HEX, List.of(first), new Random(7));
        assertNotEquals(first, second);
    }

    @Test
    void explicitIdWinsButMustBeValidAndNew() {
        assertEquals("icehouse", RevisionIds.choose("icehouse", RevisionIdStyle.SEQUENTIAL, List.of("001"), new Random()));
        assertEquals("--rev-id 'a-b' is not a valid id; use only letters, digits and _",
                assertThrows(MigrationError.class,
                        () -> RevisionIds.choose("a-b", RevisionIdStyle.HEX, List.of(), new Random())).getMessage());
        assertEquals("revision id '001' already exists; choose another --rev-id",
                assertThrows(MigrationError.class,
                        () -> RevisionIds.choose("001", RevisionIdStyle.HEX, List.of("001"), new Random())).getMessage());
    }
}
