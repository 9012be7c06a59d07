package org.dbmigrate.internal.graph;

import org.dbmigrate.graph.Plan;
import org.dbmigrate.graph.UnknownRevisionError;
import static org.dbmigrate.internal.graph.Revs.del;
import static org.dbmigrate.internal.graph.Revs.describe;
import static org.dbmigrate.internal.graph.Revs.graph;
import static org.dbmigrate.internal.graph.Revs.ids;
import static org.dbmigrate.internal.graph.Revs.ins;
import static org.dbmigrate.internal.graph.Revs.rev;
import static org.dbmigrate.internal.graph.Revs.step;
import static org.dbmigrate.internal.graph.Revs.upd;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** One straight line 001 -> 002 -> 003 -> 004: the everyday case. */
class LinearGraphTest {
    private final RevisionGraph g = graph(rev("001"), rev("002", "001"), rev("003", "002"), rev("004", "003"));

    @Test
    void structure() {
        assertEquals(List.of("004"), g.heads());
        assertEquals(List.of("004"), g.realHeads());
        assertEquals(List.of("001"), g.bases());
        assertEquals(List.of("002"), ids(g.children("001")));
        assertEquals(List.of(), ids(g.children("004")));
        assertEquals(List.of("001", "002", "003", "004"), ids(g.revisions()));
        assertTrue(g.isHead("004"));
        assertFalse(g.isBranchPoint("002"));
        assertFalse(g.isMergePoint("002"));
        assertTrue(g.isAncestor("001", "004"));
        assertFalse(g.isAncestor("004", "001"));
    }

    @Test
    void upgradeFromEmptyDatabaseInsertsThenUpdates() {
        Plan plan = g.upgrade(Set.of(), "head");
        assertEquals(List.of(step("up", "001", ins("001")), step("up", "002", upd("001", "002")),
                step("up", "003", upd("002", "003")), step("up", "004", upd("003", "004"))), describe(plan));
        assertEquals(Set.of(), plan.fromHeads());
        assertEquals(Set.of("004"), plan.toHeads());
        assertEquals(" -> 001", plan.steps().get(0).arrow());
    }

    @Test
    void upgradeRelativeAndToAnId() {
        assertEquals(List.of(step("up", "002", upd("001", "002")), step("up", "003", upd("002", "003"))),
                describe(g.upgrade(Set.of("001"), "+2")));
        assertEquals(List.of(step("up", "001", ins("001"))), describe(g.upgrade(Set.of(), "+1")));
        assertEquals(List.of(step("up", "003", upd("002", "003")), step("up", "004", upd("003", "004"))),
                describe(g.upgrade(Set.of("002"), "003+1")));
        assertEquals(List.of(step("up", "003", upd("002", "003"))), describe(g.upgrade(Set.of("002"), "003")));
    }

    @Test
    void upgradeToARevisionAlreadyAppliedDoesNothing() {
        assertTrue(g.upgrade(Set.of("004"), "head").isEmpty());
        assertTrue(g.upgrade(Set.of("004"), "002").isEmpty());
        assertEquals(Set.of("004"), g.upgrade(Set.of("004"), "002").toHeads());
    }

    @Test
    void downgradeToBaseDeletesTheLastRow() {
        Plan plan = g.downgrade(Set.of("004"), "base");
        assertEquals(List.of(step("down", "004", upd("004", "003")), step("down", "003", upd("003", "002")),
                step("down", "002", upd("002", "001")), step("down", "001", del("001"))), describe(plan));
        assertEquals(Set.of(), plan.toHeads());
        assertEquals("001 -> ", plan.steps().get(3).arrow());
    }

    @Test
    void downgradeRelativeAndToAnId() {
        assertEquals(List.of(step("down", "004", upd("004", "003")), step("down", "003", upd("003", "002"))),
                describe(g.downgrade(Set.of("004"), "-2")));
        assertEquals(List.of(step("down", "004", upd("004", "003"))), describe(g.downgrade(Set.of("004"), "003")));
        assertEquals(List.of(step("down", "004", upd("004", "003")), step("down", "003", upd("003", "002"))),
                describe(g.downgrade(Set.of("004"), "003-1")));
        assertTrue(g.downgrade(Set.of("004"), "004").isEmpty());
        assertTrue(g.downgrade(Set.of(), "base").isEmpty());
    }

    @Test
    void relativeTargetsThatWalkOffTheGraphAreRefused() {
        RelativeTargetError up = assertThrows(RelativeTargetError.class, () -> g.upgrade(Set.of("003"), "+5"));
        assertEquals(RelativeTargetError.Reason.TOO_FAR, up.reason());
        assertTrue(up.getMessage().startsWith("Relative revision +5 walks past the end"), up.getMessage());
        assertThrows(RelativeTargetError.class, () -> g.downgrade(Set.of("002"), "-3"));
        RelativeTargetError none = assertThrows(RelativeTargetError.class, () -> g.downgrade(Set.of(), "-1"));
        assertTrue(none.getMessage().contains("nothing is applied"), none.getMessage());
        assertThrows(RelativeTargetError.class, () -> g.upgrade(Set.of("002"), "-1"));
        assertThrows(RelativeTargetError.class, () -> g.downgrade(Set.of("002"), "+1"));
    }

    // Scenario (issue 14.7): a zero step gets a message that is true, not "walks past the end ... use +0".
    @Test
    void aZeroStepIsRefusedWithATrueMessage() {
        RelativeTargetError up = assertThrows(RelativeTargetError.class, () -> g.upgrade(Set.of("002"), "+0"));
        assertEquals(RelativeTargetError.Reason.WRONG_WAY, up.reason());
        assertEquals("Relative revision +0 does not say where to go from the current revision; a step of 0 moves"
                + " nothing: use +1 (or more) to upgrade, or 'current' to see where it is", up.getMessage());
        RelativeTargetError down = assertThrows(RelativeTargetError.class, () -> g.downgrade(Set.of("002"), "-0"));
        assertEquals("Relative revision -0 does not say where to go from the current revision; a step of 0 moves"
                + " nothing: use -1 (or more) to downgrade, or 'current' to see where it is", down.getMessage());
        RelativeTargetError wrongWay = assertThrows(RelativeTargetError.class, () -> g.upgrade(Set.of("002"), "-1"));
        assertFalse(wrongWay.getMessage().contains("walks past"), wrongWay.getMessage());
    }

    @Test
    void downgradeToARevisionNotAppliedIsRefused() {
        UnreachableTargetError e = assertThrows(UnreachableTargetError.class, () -> g.downgrade(Set.of("002"), "004"));
        assertEquals("004", e.target());
        assertEquals(List.of("002"), e.currentHeads());
        assertTrue(e.getMessage().startsWith("Destination 004 is not a valid downgrade target from current head(s) 002"),
                e.getMessage());
    }

    @Test
    void unknownVersionRowIsReportedAsSuch() {
        UnknownRevisionError e = assertThrows(UnknownRevisionError.class, () -> g.upgrade(Set.of("999"), "head"));
        assertEquals("999", e.identifier());
        assertTrue(e.versionRow());
        assertEquals("The version table holds revision '999', which no revision declares; restore its file,"
                + " or reset the table with 'stamp --purge <revision>'", e.getMessage());
    }

    @Test
    void historyIsNewestFirstAndRangesAreInclusive() {
        assertEquals(List.of("004", "003", "002", "001"), ids(g.history(null, Set.of())));
        assertEquals(List.of("004", "003", "002"), ids(g.history("002:004", Set.of())));
        assertEquals(List.of("004", "003", "002"), ids(g.history("002:", Set.of())));
        assertEquals(List.of("003", "002", "001"), ids(g.history(":003", Set.of())));
        assertEquals(List.of("004", "003"), ids(g.history("current:", Set.of("003"))));
        assertEquals(List.of("002", "001"), ids(g.history(":current", Set.of("002"))));
        assertThrows(UnreachableTargetError.class, () -> g.history("004:002", Set.of()));
        assertThrows(BadIdentifierError.class, () -> g.history("002", Set.of()));
    }

    @Test
    void stampMovesTheRowWithoutRunningAnything() {
        assertEquals(List.of(ins("003")), g.stamp(Set.of(), List.of("003"), false).changes());
        assertEquals(List.of(upd("004", "002")), g.stamp(Set.of("004"), List.of("002"), false).changes());
        assertEquals(List.of(upd("002", "004")), g.stamp(Set.of("002"), List.of("head"), false).changes());
        assertEquals(List.of(del("004")), g.stamp(Set.of("004"), List.of("base"), false).changes());
        assertEquals(List.of(), g.stamp(Set.of("004"), List.of("004"), false).changes());
        assertEquals(List.of(upd("004", "003")), g.stamp(Set.of("004"), List.of("-1"), false).changes());
        assertEquals(List.of(upd("002", "004")), g.stamp(Set.of("002"), List.of("+2"), false).changes());
    }

    @Test
    void stampWithPurgeDeletesEveryRowFirstEvenUnknownOnes() {
        assertEquals(List.of(del("zzz"), ins("002")), g.stamp(Set.of("zzz"), List.of("002"), true).changes());
    }
}
