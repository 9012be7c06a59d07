package org.dbmigrate.internal.graph;

import org.dbmigrate.graph.MultipleHeadsError;
import org.dbmigrate.graph.Plan;
import org.dbmigrate.graph.UnknownRevisionError;
import org.dbmigrate.graph.VersionChange;
import static org.dbmigrate.internal.graph.Revs.graph;
import static org.dbmigrate.internal.graph.Revs.labelled;
import static org.dbmigrate.internal.graph.Revs.rev;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** SPEC section 5: every identifier form, and each way it can fail. */
class IdentifierTest {
    // a hex-like main line, a release-named revision, and a labelled second line
    private final RevisionGraph g = graph(rev("ae1027a6acf"), rev("ae10f0c2d9b", "ae1027a6acf"),
            rev("icehouse", "ae10f0c2d9b"), rev("1975ea83b712", "icehouse"),
            labelled("b0001", "extra"), rev("b0002", "b0001"));

    private Set<String> resolve(String id) {
        return g.resolve(id, Set.of());
    }

    @Test
    void fullIdIncludingAReleaseName() {
        assertEquals(Set.of("icehouse"), resolve("icehouse"));
        assertEquals(Set.of("ae1027a6acf"), resolve("ae1027a6acf"));
        assertEquals("icehouse", g.get("icehouse").id());
        assertEquals(Optional.empty(), g.find("juno"));
    }

    @Test
    void uniquePrefixOfFourOrMoreCharacters() {
        assertEquals(Set.of("1975ea83b712"), resolve("1975"));
        assertEquals(Set.of("ae1027a6acf"), resolve("ae102"));
        assertEquals(Set.of("icehouse"), resolve("iceh"));
    }

    @Test
    void ambiguousPrefixListsTheCandidates() {
        AmbiguousPrefixError e = assertThrows(AmbiguousPrefixError.class, () -> resolve("ae10"));
        assertEquals("Multiple revisions start with 'ae10': ae1027a6acf, ae10f0c2d9b; give more characters of the id",
                e.getMessage());
        assertEquals(List.of("ae1027a6acf", "ae10f0c2d9b"), e.matches());
        assertEquals("ae10", e.prefix());
    }

    @Test
    void shortPrefixAsksForFourCharacters() {
        UnknownRevisionError e = assertThrows(UnknownRevisionError.class, () -> resolve("197"));
        assertEquals("No revision or branch label '197'; use at least four characters for a partial revision id",
                e.getMessage());
    }

    @Test
    void unknownRevision() {
        UnknownRevisionError e = assertThrows(UnknownRevisionError.class, () -> resolve("juno"));
        assertEquals("juno", e.identifier());
        assertEquals("No revision or branch label 'juno'; run 'history' to list the revisions", e.getMessage());
    }

    @Test
    void headHeadsAndBase() {
        assertEquals(Set.of("1975ea83b712", "b0002"), resolve("heads"));
        assertThrows(MultipleHeadsError.class, () -> resolve("head"));
        assertEquals(Set.of(), resolve("base"));
        assertEquals(Optional.empty(), g.resolveOne("base"));
        RevisionGraph single = graph(rev("x1"), rev("x2", "x1"));
        assertEquals(Set.of("x2"), single.resolve("head", Set.of()));
        assertEquals(Optional.of("x2"), single.resolveOne("heads"));
        assertThrows(MultipleHeadsError.class, () -> g.resolveOne("heads"));
    }

    @Test
    void labelForms() {
        assertEquals(Set.of("b0002"), resolve("extra@head"));
        assertEquals(Set.of("b0002"), resolve("extra@heads"));
        assertEquals(Set.of(), resolve("extra@base"));
        assertEquals(Set.of("b0001"), resolve("extra@b0001"));
        assertEquals(Set.of("b0001"), resolve("extra@b0001"));
        assertThrows(AmbiguousPrefixError.class, () -> resolve("extra@b000"), "both are on the branch");
        assertEquals(Set.of("b0001"), resolve("extra"));
        assertThrows(NotOnBranchError.class, () -> resolve("extra@icehouse"));
        assertThrows(UnknownRevisionError.class, () -> resolve("juno@head"));
    }

    @Test
    void relativeFromCurrentHeads() {
        assertEquals(Set.of("1975ea83b712"), g.resolve("+1", Set.of("icehouse")));
        assertEquals(Set.of("ae10f0c2d9b"), g.resolve("-2", Set.of("1975ea83b712")));
        assertEquals(Set.of(), g.resolve("-1", Set.of("ae1027a6acf")), "one below a base is base");
        assertThrows(RelativeTargetError.class, () -> g.resolve("+1", Set.of()), "two bases: which one?");
        assertEquals(Set.of("ae1027a6acf"), graph(rev("ae1027a6acf")).resolve("+1", Set.of()));
        assertEquals(Set.of("b0002"), g.resolve("extra@+1", Set.of("icehouse", "b0001")));
        assertEquals(Set.of("b0001"), g.resolve("extra@-1", Set.of("icehouse", "b0002")));
    }

    @Test
    void relativeFromAnId() {
        assertEquals(Set.of("icehouse"), resolve("ae10f0c2d9b+1"));
        assertEquals(Set.of("ae10f0c2d9b"), resolve("icehouse-1"));
        assertEquals(Set.of("1975ea83b712"), resolve("ae1027a6acf+3"));
        assertEquals(Set.of("b0002"), resolve("extra@b0001+1"));
        assertThrows(RelativeTargetError.class, () -> resolve("icehouse+5"));
    }

    @Test
    void relativeUpFromBaseWithTwoBasesIsAmbiguous() {
        RevisionGraph twoBases = graph(rev("p1"), rev("q1"));
        RelativeTargetError e = assertThrows(RelativeTargetError.class, () -> twoBases.resolve("+1", Set.of()));
        assertEquals(RelativeTargetError.Reason.AMBIGUOUS, e.reason());
        assertEquals(List.of("p1", "q1"), e.revisionIds());
    }

    @Test
    void rangesForHistoryAndOfflineScripts() {
        assertEquals(new RevisionRange("icehouse", "heads"), RevisionRange.parse("icehouse:heads"));
        assertEquals(new RevisionRange(null, "icehouse"), RevisionRange.parse(":icehouse"));
        assertEquals(new RevisionRange("base", null), RevisionRange.parse("base:"));
        assertTrue(RevisionRange.isRange("a:b"));
        assertThrows(BadIdentifierError.class, () -> RevisionRange.parse("a:b:c"));
        assertThrows(BadIdentifierError.class, () -> RevisionRange.parse("abc"));
        assertEquals(Set.of(), g.startHeads("base"));
        assertEquals(Set.of("icehouse"), g.startHeads("iceh"));
        // offline upgrade 'icehouse:head' of the main line: the start is the assumed version row
        Plan plan = g.upgrade(g.startHeads("icehouse"), "1975");
        assertEquals(List.of(new VersionChange.Update("icehouse", "1975ea83b712")),
                plan.steps().get(0).versionChanges());
    }

    @Test
    void blankIdentifierIsRefused() {
        assertThrows(BadIdentifierError.class, () -> resolve(" "));
        assertThrows(BadIdentifierError.class, () -> g.upgrade(Set.of(), ""));
    }
}
