package org.dbmigrate.internal.graphview;

import java.util.List;
import java.util.Set;
import org.dbmigrate.graph.Revision;
import org.dbmigrate.graphview.GraphPicture;
import org.dbmigrate.internal.graph.RevisionGraph;

/** A base, a diamond with a labelled side, a merge that branches again into two heads. */
final class DiamondGraph {

    private DiamondGraph() {
    }

    static RevisionGraph graph() {
        return RevisionGraph.of(List.of(
                new Revision("001", List.of(), Set.of(), List.of(), "Create accounts"),
                new Revision("002", List.of("001"), Set.of(), List.of(), "Add users"),
                new Revision("003", List.of("001"), Set.of("billing"), List.of(), "Add \"orders\" & <items>"),
                new Revision("004", List.of("002", "003"), Set.of(), List.of(), "Merge users and billing"),
                new Revision("005", List.of("004"), Set.of(), List.of(), "Add an index on users"),
                new Revision("006", List.of("004"), Set.of("audit"), List.of("002"), "Add audit trail")));
    }

    static GraphPicture picture() {
        return GraphPicture.of(graph(), Set.of("005"));
    }
}
