package org.dbmigrate.internal.graph;

import org.dbmigrate.graph.MultipleHeadsError;
import org.dbmigrate.graph.Plan;
import org.dbmigrate.graph.UnknownRevisionError;
import static org.dbmigrate.internal.graph.Revs.del;
import static org.dbmigrate.internal.graph.Revs.describe;
import static org.dbmigrate.internal.graph.Revs.graph;
import static org.dbmigrate.internal.graph.Revs.ids;
import static org.dbmigrate.internal.graph.Revs.ins;
import static org.dbmigrate.internal.graph.Revs.labelled;
import static org.dbmigrate.internal.graph.Revs.rev;
import static org.dbmigrate.internal.graph.Revs.step;
import static org.dbmigrate.internal.graph.Revs.upd;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * Labelled branches, as Alembic's docs use them: two independent lines with their own base
 * ("accounts" and "shop"), and a third line that forks from accounts' base ("reports").
 */
class LabelledBranchesTest {
    private final RevisionGraph g = graph(
            labelled("acc1", "accounts"), rev("acc2", "acc1"), rev("acc3", "acc2"),
            labelled("shop1", "shop"), rev("shop2", "shop1"),
            labelled("rep1", "reports", "acc1"), rev("rep2", "rep1"));

    @Test
    void aLabelCoversItsLineUpToTheBranchPoint() {
        assertEquals(Set.of("shop"), g.branchLabels("shop1"));
        assertEquals(Set.of("shop"), g.branchLabels("shop2"));
        assertEquals(Set.of("accounts", "reports"), g.branchLabels("rep2"), "descendant of both labels");
        assertEquals(Set.of("accounts"), g.branchLabels("acc3"));
        assertEquals(Optional.of("rep1"), g.labelOwner("reports"));
        assertEquals(Optional.empty(), g.labelOwner("nope"));
    }

    @Test
    void labelAtHeadPicksTheBranchHead() {
        assertEquals(Set.of("shop2"), g.resolve("shop@head", Set.of()));
        assertEquals(Set.of("rep2"), g.resolve("reports@head", Set.of()));
        assertEquals(Set.of("acc3", "rep2"), g.resolve("accounts@heads", Set.of()));
        MultipleHeadsError e = assertThrows(MultipleHeadsError.class, () -> g.resolve("accounts@head", Set.of()));
        assertEquals("accounts@head", e.argument());
        assertEquals(List.of("acc3", "rep2"), e.heads());
    }

    @Test
    void headWithSeveralHeadsNamesThemAndTheWayOut() {
        MultipleHeadsError e = assertThrows(MultipleHeadsError.class, () -> g.upgrade(Set.of(), "head"));
        assertEquals(List.of("acc3", "shop2", "rep2"), e.heads());
        assertEquals("Multiple heads are present for 'head': acc3, shop2, rep2; please specify a revision id, "
                + "'<label>@head' for one branch, or 'heads' for all of them", e.getMessage());
    }

    @Test
    void aBareLabelIsTheRevisionThatDeclaresIt() {
        assertEquals(Set.of("shop1"), g.resolve("shop", Set.of()));
        assertEquals(Set.of("shop2"), g.resolve("shop@shop2", Set.of()));
        NotOnBranchError e = assertThrows(NotOnBranchError.class, () -> g.resolve("shop@acc2", Set.of()));
        assertEquals("acc2", e.revision());
        assertEquals("shop", e.branch());
        assertThrows(UnknownRevisionError.class, () -> g.resolve("nosuch@head", Set.of()));
    }

    @Test
    void upgradeOneBranchLeavesTheOthersAlone() {
        assertEquals(List.of(step("up", "shop1", ins("shop1")), step("up", "shop2", upd("shop1", "shop2"))),
                describe(g.upgrade(Set.of("acc3"), "shop@head")));
        assertEquals(List.of(step("up", "acc1", ins("acc1")), step("up", "rep1", upd("acc1", "rep1"))),
                describe(g.upgrade(Set.of(), "reports@+2")));
        assertEquals(List.of(step("up", "shop2", upd("shop1", "shop2"))),
                describe(g.upgrade(Set.of("acc3", "shop1"), "shop@+1")));
    }

    @Test
    void upgradeHeadsAppliesEveryBranch() {
        Plan plan = g.upgrade(Set.of(), "heads");
        assertEquals(Set.of("acc3", "shop2", "rep2"), plan.toHeads());
        assertEquals(7, plan.steps().size());
    }

    @Test
    void downgradeOneIndependentBranchToItsBase() {
        Plan plan = g.downgrade(Set.of("acc3", "shop2", "rep2"), "shop@base");
        assertEquals(List.of(step("down", "shop2", upd("shop2", "shop1")), step("down", "shop1", del("shop1"))),
                describe(plan));
        assertEquals(Set.of("acc3", "rep2"), plan.toHeads());
    }

    @Test
    void downgradeOneBranchByOneStep() {
        assertEquals(List.of(step("down", "shop2", upd("shop2", "shop1"))),
                describe(g.downgrade(Set.of("acc3", "shop2", "rep2"), "shop@-1")));
        assertEquals(List.of(step("down", "rep2", upd("rep2", "rep1"))),
                describe(g.downgrade(Set.of("acc3", "shop2", "rep2"), "rep2-1")));
    }

    @Test
    void downgradeAForkedBranchToItsForkKeepsTheTrunk() {
        Plan plan = g.downgrade(Set.of("acc3", "shop2", "rep2"), "reports@acc1");
        assertEquals(List.of("rep2", "rep1"), plan.steps().stream().map(s -> s.revision().id()).toList());
        assertEquals(Set.of("acc3", "shop2"), plan.toHeads());
    }

    @Test
    void historyFromALabelledBase() {
        assertEquals(List.of("shop2", "shop1"), ids(g.history("shop@base:shop@head", Set.of())));
        assertEquals(List.of("acc3", "shop2", "rep2", "rep1", "acc2", "shop1", "acc1").size(),
                g.history(null, Set.of()).size());
    }

    @Test
    void stampABranchHeadAddsARow() {
        assertEquals(List.of(ins("shop2")), g.stamp(Set.of("acc3"), List.of("shop@head"), false).changes());
        assertTrue(g.stamp(Set.of("acc3", "shop2"), List.of("shop@head"), false).changes().isEmpty());
    }
}
