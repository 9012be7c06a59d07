package org.dbmigrate.internal.graph;

import org.dbmigrate.graph.Revision;
import org.dbmigrate.graph.Step;
import static org.dbmigrate.internal.graph.Revs.del;
import static org.dbmigrate.internal.graph.Revs.dependent;
import static org.dbmigrate.internal.graph.Revs.describe;
import static org.dbmigrate.internal.graph.Revs.graph;
import static org.dbmigrate.internal.graph.Revs.ids;
import static org.dbmigrate.internal.graph.Revs.ins;
import static org.dbmigrate.internal.graph.Revs.rev;
import static org.dbmigrate.internal.graph.Revs.step;
import static org.dbmigrate.internal.graph.Revs.upd;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * Depends On: a dependency is applied before the revision that names it, without being its
 * parent. As in Alembic, a revision whose dependency row is present takes that row over.
 */
class DependsOnTest {
    // a -> b -> c on the main line; n1 starts its own line but needs b; n2 follows n1
    private final RevisionGraph g = graph(rev("a"), rev("b", "a"), dependent("n1", List.of("b")), rev("n2", "n1"),
            rev("c", "b"));

    @Test
    void dependenciesDoNotMakeHeadsOrBases() {
        assertEquals(List.of("a", "n1"), g.bases());
        assertEquals(List.of("n2", "c"), g.heads());
        assertEquals(List.of("b"), g.dependencies("n1"));
        assertFalse(g.isBranchPoint("b"));
        assertTrue(g.isAncestor("b", "n2"));
    }

    @Test
    void effectiveHeadIsAHeadThatSomethingDependsOn() {
        RevisionGraph h = graph(rev("x"), dependent("y", List.of("x")));
        assertEquals(List.of("x", "y"), h.heads());
        assertEquals(List.of("y"), h.realHeads());
        assertTrue(h.isHead("x"));
        assertFalse(h.isRealHead("x"));
        assertEquals(Set.of("y"), h.resolve("heads", Set.of()));
    }

    @Test
    void upgradeToTheDependentAppliesTheDependencyFirst() {
        assertEquals(List.of(step("up", "a", ins("a")), step("up", "b", upd("a", "b")),
                step("up", "n1", upd("b", "n1")), step("up", "n2", upd("n1", "n2"))),
                describe(g.upgrade(Set.of(), "n2")));
    }

    @Test
    void upgradeHeadsWithTheDependencyAlreadyBehindAnotherRow() {
        assertEquals(List.of(step("up", "a", ins("a")), step("up", "b", upd("a", "b")), step("up", "c", upd("b", "c")),
                step("up", "n1", ins("n1")), step("up", "n2", upd("n1", "n2"))),
                describe(g.upgrade(Set.of(), "heads")));
    }

    @Test
    void downgradeTheDependencyTakesTheDependentsDownFirst() {
        assertEquals(List.of(step("down", "n2", upd("n2", "n1")), step("down", "n1", del("n1")),
                step("down", "c", upd("c", "b")), step("down", "b", upd("b", "a"))),
                describe(g.downgrade(Set.of("c", "n2"), "a")));
    }

    @Test
    void aDependencyMayNameABranchLabel() {
        RevisionGraph h = graph(Revs.labelled("s1", "shared"), rev("s2", "s1"),
                new Revision("m1", List.of(), Set.of(), List.of("shared"), "needs shared"));
        assertEquals(List.of("s1"), h.dependencies("m1"));
        assertEquals(List.of("s1", "m1"), ids(h.upgrade(Set.of(), "m1").steps().stream().map(Step::revision).toList()));
    }

    @Test
    void aDependencyImpliedByAnAncestorIsNotRepeated() {
        // y depends on x, and so does y's child z: z's own dependency is already satisfied through y
        RevisionGraph h = graph(rev("x"), dependent("y", List.of("x")), dependent("z", List.of("x"), "y"));
        assertEquals(List.of(step("up", "x", ins("x")), step("up", "y", upd("x", "y")), step("up", "z", upd("y", "z"))),
                describe(h.upgrade(Set.of(), "z")));
    }
}
