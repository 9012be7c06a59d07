package org.dbmigrate.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Scenario: migrate:stamp -Dtarget=a,b stamps several heads; -Drevisions defaults to heads. */
class ListArgumentTest {

    @Test
    void commaSeparatedValuesAreTrimmedAndEmptyOnesDropped() {
        assertEquals(List.of("icehouse", "juno"), ListArgument.split(" icehouse , juno,"));
    }

    @Test
    void absentOrBlankIsEmpty() {
        assertEquals(List.of(), ListArgument.split(null));
        assertEquals(List.of(), ListArgument.split("  "));
    }
}
