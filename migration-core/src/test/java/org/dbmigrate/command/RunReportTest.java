package org.dbmigrate.command;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The summary's wording where no database is needed: several heads, base, long runs, offline. */
class RunReportTest {

    private static RunReport report(String command, boolean offline, List<String> from, List<String> to,
            Duration duration, boolean atHead, int revisions) {
        return new RunReport(command, offline, from, to, List.of(), duration, atHead, revisions);
    }

    @Test
    void severalHeadsAreSortedAndJoinedAndBaseIsNamed() {
        assertEquals("Upgraded 003, 005 -> 007: 3 revisions in 0.4 s",
                report("upgrade", false, List.of("005", "003"), List.of("007"), Duration.ofMillis(420), true, 3)
                        .summary());
        assertEquals("Downgraded 002 -> <base>: 2 revisions in 1.0 s",
                report("downgrade", false, List.of("002"), List.of(), Duration.ofMillis(1000), false, 2).summary());
        assertEquals("Already at heads 035, 040",
                report("stamp", false, List.of("040", "035"), List.of("035", "040"), Duration.ZERO, true, 0)
                        .summary());
    }

    @Test
    void longRunsPrintMinutesAndOfflineRunsSayNothingRan() {
        assertEquals("Upgraded 001 -> 300: 299 revisions in 2 min 05 s",
                report("upgrade", false, List.of("001"), List.of("300"), Duration.ofSeconds(125), true, 299)
                        .summary());
        assertEquals("Wrote SQL for downgrade 003 -> 001: 2 revisions (nothing ran)",
                report("downgrade", true, List.of("003"), List.of("001"), Duration.ZERO, false, 2).summary());
    }
}
