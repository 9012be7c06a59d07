package org.dbmigrate.internal.graph;

import org.dbmigrate.graph.Plan;
import org.dbmigrate.graph.Revision;
import org.dbmigrate.graph.Step;
import org.dbmigrate.graph.VersionChange;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Large maps: a 10,000-revision main line with 200 side branches and merges plus a labelled line
 * it depends on, and a 30,000-revision straight chain. Checks results, not speed (speed is
 * bench/graph): nothing recurses deeply, every plan is a valid order, and every version-row change
 * touches exactly one row.
 */
class LargeGraphTest {

    @Test
    void tenThousandRevisionsWithBranchesAndMerges() {
        List<Revision> revs = LargeGraphs.mainLineWithBranches(10_000);
        RevisionGraph g = RevisionGraph.of(revs);
        assertEquals(10_000, g.size());
        assertEquals(List.of("r09029", "r09990", "r09999"), g.heads());
        assertEquals(List.of("r09990", "r09999"), g.realHeads());
        assertTrue(g.branchLabels("r09029").contains("aux"));

        List<Revision> history = g.history(null, Set.of());
        assertEquals(10_000, history.size());
        assertNewestFirst(history);

        Plan up = g.upgrade(Set.of(), "heads");
        assertEquals(10_000, up.steps().size());
        assertNewestFirst(reversed(up.steps().stream().map(Step::revision).toList()));
        assertEquals(Set.copyOf(g.realHeads()), AlembicAgreementTest.apply(Set.of(), changes(up)));
        assertEquals(Set.copyOf(g.realHeads()), up.toHeads());

        Plan down = g.downgrade(up.toHeads(), "base");
        assertEquals(10_000, down.steps().size());
        assertNewestFirst(down.steps().stream().map(Step::revision).toList());
        assertEquals(Set.of(), AlembicAgreementTest.apply(up.toHeads(), changes(down)));
    }

    @Test
    void partialPlansInTheMiddleOfALargeMap() {
        RevisionGraph g = RevisionGraph.of(LargeGraphs.mainLineWithBranches(10_000));
        // ids below r05000 are all applied, r05000..r05600 are the only ones applied by the plan
        Plan up = g.upgrade(Set.of("r04999"), "r05600");
        assertTrue(up.steps().stream().allMatch(s -> s.revision().id().compareTo("r04999") > 0
                && s.revision().id().compareTo("r05600") <= 0));
        assertEquals(Set.of("r05600"), up.toHeads());
        Plan down = g.downgrade(up.toHeads(), "r05300");
        assertTrue(down.steps().stream().allMatch(s -> s.revision().id().compareTo("r05300") > 0));
        assertEquals(Set.of("r05300"), down.toHeads());
        // relative walks stop at branch points: +N must not guess which side to take
        assertThrows(RelativeTargetError.class, () -> g.upgrade(Set.of("r05000"), "+500"));
        assertEquals(List.of("r00000", "r00001"), g.history(":r00001", Set.of()).stream().map(Revision::id)
                .sorted().toList());
    }

    @Test
    void thirtyThousandLongChainDoesNotOverflowTheStack() {
        RevisionGraph g = RevisionGraph.of(LargeGraphs.chain(30_000));
        assertEquals(List.of("r29999"), g.heads());
        assertEquals(30_000, g.upgrade(Set.of(), "head").steps().size());
        assertEquals(30_000, g.downgrade(Set.of("r29999"), "base").steps().size());
        assertEquals(30_000, g.history(null, Set.of()).size());
        assertEquals(Set.of("r00000"), g.resolve("-29999", Set.of("r29999")));
    }

    /** Without the chain index (graphs too tangled for it) the search fallback gives the same plans. */
    @Test
    void searchFallbackAgreesWithTheChainIndex() {
        Random random = new Random(7);
        for (int k = 0; k < 20; k++) {
            List<Revision> revs = RandomGraphAgreementTest.randomGraph(random, 30);
            RevisionGraph indexed = RevisionGraph.of(revs);
            RevisionGraph searching = RevisionGraph.of(revs, 0);
            assertEquals(Revs.ids(indexed.history(null, Set.of())), Revs.ids(searching.history(null, Set.of())));
            Plan a = indexed.upgrade(Set.of(), "heads");
            Plan b = searching.upgrade(Set.of(), "heads");
            assertEquals(Revs.describe(a), Revs.describe(b));
            assertEquals(Revs.describe(indexed.downgrade(a.toHeads(), "base")),
                    Revs.describe(searching.downgrade(b.toHeads(), "base")));
        }
        RevisionGraph ladder = RevisionGraph.of(LargeGraphs.mainLineWithBranches(2_000), 10);
        assertEquals(2_000, ladder.upgrade(Set.of(), "heads").steps().size());
    }

    /** Every revision comes before its parents and dependencies. */
    private static void assertNewestFirst(List<Revision> order) {
        Map<String, Integer> at = new HashMap<>();
        for (int i = 0; i < order.size(); i++) {
            at.put(order.get(i).id(), i);
        }
        for (Revision r : order) {
            for (String p : r.parents()) {
                assertTrue(at.get(p) > at.get(r.id()), r.id() + " must come before its parent " + p);
            }
            for (String d : r.dependsOn()) {
                assertTrue(at.get(d) > at.get(r.id()), r.id() + " must come before its dependency " + d);
            }
        }
    }

    private static <T> List<T> reversed(List<T> list) {
        List<T> out = new ArrayList<>(list);
        Collections.reverse(out);
        return out;
    }

    private static List<VersionChange> changes(Plan plan) {
        return plan.steps().stream().flatMap(s -> s.versionChanges().stream()).toList();
    }
}
