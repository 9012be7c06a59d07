package org.dbmigrate.internal.command.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dbmigrate.graph.Revision;
import org.dbmigrate.internal.graph.RevisionGraph;
import org.junit.jupiter.api.Test;

/**
 * The Alembic 1.8.1 text of heads, branches, history and show, on inline graphs. The strings are
 * Alembic's own output for the same graphs (src/test/python/alembic_views.py), in our order.
 */
class GraphTextTest {

    private static final Map<String, String> MESSAGES = Map.of("001", "First", "002", "Second", "003", "Third",
            "004", "Merge", "x1", "X one", "x2", "X two", "y1", "Y one");

    /** 001 branches into 002 (label audit) and 003 (depends on audit); 004 merges them. */
    private static final RevisionGraph LABELLED_DIAMOND = RevisionGraph.of(List.of(
            revision("001", List.of(), Set.of(), List.of()),
            revision("002", List.of("001"), Set.of("audit"), List.of()),
            revision("003", List.of("001"), Set.of(), List.of("audit")),
            revision("004", List.of("002", "003"), Set.of(), List.of())));

    private static Revision revision(String id, List<String> parents, Set<String> labels, List<String> dependsOn) {
        return new Revision(id, parents, labels, dependsOn, MESSAGES.get(id));
    }

    private static GraphText text(RevisionGraph graph, Set<String> current) {
        return new GraphText(graph, new RevisionText(graph, RevisionDetails.of(MESSAGES::get), current));
    }

    @Test
    void headsShowInheritedLabels() {
        assertEquals(List.of("004 (audit) (head)"), text(LABELLED_DIAMOND, Set.of()).heads(false));
    }

    @Test
    void aHeadSomethingDependsOnIsAnEffectiveHead() {
        RevisionGraph graph = RevisionGraph.of(List.of(revision("x1", List.of(), Set.of(), List.of()),
                revision("x2", List.of("x1"), Set.of(), List.of()),
                revision("y1", List.of(), Set.of(), List.of("x2"))));
        assertEquals(List.of("x2 (effective head)", "y1 (head)"), text(graph, Set.of()).heads(false));
        assertEquals(List.of("<base> (x2) -> y1 (head), Y one", "x1 -> x2 (effective head), X two", "<base> -> x1, X one"),
                text(graph, Set.of()).history(graph.history(null, Set.of()), false));
    }

    @Test
    void headsVerbose() {
        assertEquals(List.of("Rev: 004 (head) (mergepoint)", "Merges: 002, 003", "Branch names: audit",
                "Path: 004.sql", "", "    Merge", ""), text(LABELLED_DIAMOND, Set.of()).heads(true));
    }

    @Test
    void branchesIndentChildrenByTheIdWidth() {
        assertEquals(List.of("001 (branchpoint)", "    -> 002 (audit)", "    -> 003", ""),
                text(LABELLED_DIAMOND, Set.of()).branches(false));
        assertEquals(List.of("Rev: 001 (branchpoint)", "Parent: <base>", "Branches into: 002, 003", "Path: 001.sql", "",
                "    First", "", "    -> 002 (audit), Second", "    -> 003, Third", ""),
                text(LABELLED_DIAMOND, Set.of()).branches(true));
    }

    @Test
    void historyNewestFirstWithParentsDependenciesAndMarkers() {
        assertEquals(List.of("002, 003 -> 004 (audit) (head) (mergepoint), Merge",
                "001 (audit) -> 003, Third",
                "001 -> 002 (audit), Second",
                "<base> -> 001 (branchpoint), First"),
                text(LABELLED_DIAMOND, Set.of()).history(LABELLED_DIAMOND.history(null, Set.of()), false));
    }

    @Test
    void historyIndicatesTheDatabasesHeads() {
        // history -i with the database at 003 and 002
        assertEquals(List.of("002, 003 -> 004 (audit) (head) (mergepoint), Merge",
                "001 (audit) -> 003 (current), Third",
                "001 -> 002 (audit) (current), Second",
                "<base> -> 001 (branchpoint), First"),
                text(LABELLED_DIAMOND, Set.of("002", "003")).history(LABELLED_DIAMOND.history(null, Set.of()), false));
        assertEquals("Rev: 003 (current)",
                text(LABELLED_DIAMOND, Set.of("003")).show(List.of(LABELLED_DIAMOND.get("003"))).get(0));
    }

    @Test
    void showIsTheVerboseEntry() {
        assertEquals(List.of("Rev: 003", "Parent: 001", "Also depends on: audit", "Path: 003.sql", "", "    Third", ""),
                text(LABELLED_DIAMOND, Set.of()).show(List.of(LABELLED_DIAMOND.get("003"))));
    }

    @Test
    void headerTextIsIndentedWithBlankEndsDropped() {
        RevisionGraph graph = RevisionGraph.of(List.of(Revision.of("001")));
        RevisionText revisionText = new RevisionText(graph,
                new RevisionDetails(id -> "versions/001_a.sql", id -> List.of("A message", "", "Revision: 001", "")),
                Set.of());
        assertEquals(List.of("Rev: 001 (head)", "Parent: <base>", "Path: versions/001_a.sql", "", "    A message", "    ",
                "    Revision: 001", ""), revisionText.entry(graph.get("001")));
    }
}
