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

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Two unrelated lines, each with its own base (no labels): a1 -> a2 -> a3 and b1 -> b2. */
class MultipleBasesTest {
    private final RevisionGraph g = graph(rev("a1"), rev("a2", "a1"), rev("a3", "a2"), rev("b1"), rev("b2", "b1"));

    @Test
    void structure() {
        assertEquals(List.of("a1", "b1"), g.bases());
        assertEquals(List.of("a3", "b2"), g.heads());
        assertEquals(List.of("a3", "a2", "a1", "b2", "b1"), ids(g.history(null, Set.of())));
    }

    @Test
    void upgradeHeadsInsertsOneRowPerBase() {
        assertEquals(List.of(step("up", "b1", ins("b1")), step("up", "b2", upd("b1", "b2")),
                step("up", "a1", ins("a1")), step("up", "a2", upd("a1", "a2")), step("up", "a3", upd("a2", "a3"))),
                describe(g.upgrade(Set.of(), "heads")));
    }

    @Test
    void upgradeTheOtherLineFromOneApplied() {
        Plan plan = g.upgrade(Set.of("a3"), "b2");
        assertEquals(List.of(step("up", "b1", ins("b1")), step("up", "b2", upd("b1", "b2"))), describe(plan));
        assertEquals(Set.of("a3", "b2"), plan.toHeads());
    }

    @Test
    void downgradeOneLineLeavesTheOtherAlone() {
        assertEquals(List.of(step("down", "a3", upd("a3", "a2")), step("down", "a2", upd("a2", "a1"))),
                describe(g.downgrade(Set.of("a3", "b2"), "a1")));
        assertEquals(List.of(step("down", "a3", upd("a3", "a2"))), describe(g.downgrade(Set.of("a3", "b2"), "a3-1")));
    }

    @Test
    void downgradeToBaseRemovesBothRows() {
        Plan plan = g.downgrade(Set.of("a3", "b2"), "base");
        assertEquals(List.of(step("down", "a3", upd("a3", "a2")), step("down", "a2", upd("a2", "a1")),
                step("down", "a1", del("a1")), step("down", "b2", upd("b2", "b1")), step("down", "b1", del("b1"))),
                describe(plan));
    }

    @Test
    void upgradePlusOneFromTwoRowsIsAmbiguous() {
        assertThrows(RelativeTargetError.class, () -> g.upgrade(Set.of("a1", "b1"), "+1"));
    }

    @Test
    void stampAnotherLineAddsARowAndStampHeadsFillsBoth() {
        assertEquals(List.of(ins("b1")), g.stamp(Set.of("a3"), List.of("b1"), false).changes());
        assertEquals(List.of(ins("a3"), ins("b2")), g.stamp(Set.of(), List.of("heads"), false).changes());
        assertEquals(List.of(upd("a1", "a3"), upd("b1", "b2")), g.stamp(Set.of("a1", "b1"), List.of("a3", "b2"), false).changes());
    }
}
