package org.dbmigrate.internal.graph;

import org.dbmigrate.graph.Plan;
import static org.dbmigrate.internal.graph.Revs.del;
import static org.dbmigrate.internal.graph.Revs.describe;
import static org.dbmigrate.internal.graph.Revs.graph;
import static org.dbmigrate.internal.graph.Revs.ids;
import static org.dbmigrate.internal.graph.Revs.ins;
import static org.dbmigrate.internal.graph.Revs.rev;
import static org.dbmigrate.internal.graph.Revs.step;
import static org.dbmigrate.internal.graph.Revs.upd;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * A branch and its merge: a -> b, a -> c, (b, c) -> d -> e. Expected rows and order are Alembic's
 * (checked against it in {@link AlembicAgreementTest}): the second branch inserts a row, the merge
 * deletes one parent's row and updates the other's, and a downgrade through the merge inserts again.
 */
class DiamondGraphTest {
    private final RevisionGraph g = graph(rev("a"), rev("b", "a"), rev("c", "a"), rev("d", "b", "c"), rev("e", "d"));

    @Test
    void structure() {
        assertEquals(List.of("e"), g.heads());
        assertTrue(g.isBranchPoint("a"));
        assertTrue(g.isMergePoint("d"));
        assertEquals(List.of("b", "c"), ids(g.children("a")));
        assertEquals(List.of("e", "d", "b", "c", "a"), ids(g.history(null, Set.of())));
    }

    @Test
    void upgradeAcrossBranchPointAndMerge() {
        assertEquals(List.of(step("up", "a", ins("a")), step("up", "c", upd("a", "c")), step("up", "b", ins("b")),
                step("up", "d", del("b"), upd("c", "d")), step("up", "e", upd("d", "e"))),
                describe(g.upgrade(Set.of(), "head")));
    }

    @Test
    void upgradeFromOneBranchAppliesTheOther() {
        assertEquals(List.of(step("up", "c", ins("c")), step("up", "d", del("b"), upd("c", "d")),
                step("up", "e", upd("d", "e"))), describe(g.upgrade(Set.of("b"), "head")));
        assertEquals(List.of(step("up", "d", del("b"), upd("c", "d"))), describe(g.upgrade(Set.of("b", "c"), "d")));
    }

    @Test
    void downgradeThroughTheMergeUnmerges() {
        Plan plan = g.downgrade(Set.of("e"), "base");
        assertEquals(List.of(step("down", "e", upd("e", "d")), step("down", "d", ins("b"), upd("d", "c")),
                step("down", "b", del("b")), step("down", "c", upd("c", "a")), step("down", "a", del("a"))),
                describe(plan));
        assertEquals("d -> b, c", plan.steps().get(1).arrow());
    }

    @Test
    void downgradeToOneSideKeepsTheOtherSide() {
        Plan plan = g.downgrade(Set.of("e"), "b");
        assertEquals(List.of(step("down", "e", upd("e", "d")), step("down", "d", ins("b"), upd("d", "c"))),
                describe(plan));
        assertEquals(Set.of("b", "c"), plan.toHeads());
    }

    @Test
    void downgradeBothBranchesToTheBranchPoint() {
        Plan plan = g.downgrade(Set.of("b", "c"), "a");
        assertEquals(List.of(step("down", "b", del("b")), step("down", "c", upd("c", "a"))), describe(plan));
        assertEquals(Set.of("a"), plan.toHeads());
    }

    @Test
    void relativeDowngradeThroughAMergePointIsAmbiguous() {
        RelativeTargetError e = assertThrows(RelativeTargetError.class, () -> g.downgrade(Set.of("e"), "-2"));
        assertEquals(RelativeTargetError.Reason.AMBIGUOUS, e.reason());
        assertTrue(e.getMessage().startsWith("Ambiguous walk"), e.getMessage());
        assertEquals(List.of("b", "c"), e.revisionIds());
    }

    @Test
    void relativeUpgradeFromTheBranchPointIsAmbiguous() {
        assertThrows(RelativeTargetError.class, () -> g.upgrade(Set.of("a"), "+1"));
    }

    @Test
    void relativeDowngradeWithSeveralHeadsAppliedIsAnAmbiguousWalk() {
        RelativeTargetError e = assertThrows(RelativeTargetError.class, () -> g.downgrade(Set.of("b", "c"), "-1"));
        assertTrue(e.getMessage().contains("several heads are applied"), e.getMessage());
        assertTrue(e.getMessage().contains("'<label>@-1'"), e.getMessage());
    }

    @Test
    void stampOntoTheMergeFromBothBranches() {
        assertEquals(List.of(del("b"), upd("c", "d")), g.stamp(Set.of("b", "c"), List.of("d"), false).changes());
        assertEquals(List.of(upd("d", "b")), g.stamp(Set.of("d"), List.of("b"), false).changes());
        assertEquals(List.of(del("b"), del("c")), g.stamp(Set.of("b", "c"), List.of("base"), false).changes());
    }
}
