package org.dbmigrate.graphview;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dbmigrate.graph.Revision;
import org.dbmigrate.graph.Revisions;

/**
 * What a picture of the revision graph shows, independent of the drawing format: one node per
 * revision (oldest first) with its markers, one edge per {@code Revises:} link and a dashed one
 * per {@code Depends On:} link. Pure: built from the graph and the database's current heads.
 */
public record GraphPicture(List<Node> nodes, List<Edge> edges) {

    public GraphPicture {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }

    /**
     * @param labels the branch labels this revision declares (not the inherited ones)
     * @param current the database has this revision as one of its version rows
     */
    public record Node(String id, String message, List<String> labels, boolean base, boolean head,
            boolean branchPoint, boolean mergePoint, boolean current) {

        public Node {
            labels = List.copyOf(labels);
        }

        /** The markers as {@code history} prints them, e.g. {@code [head, current]}. */
        public List<String> markers() {
            List<String> markers = new ArrayList<>(4);
            if (head) {
                markers.add("head");
            }
            if (branchPoint) {
                markers.add("branchpoint");
            }
            if (mergePoint) {
                markers.add("mergepoint");
            }
            if (current) {
                markers.add("current");
            }
            return List.copyOf(markers);
        }
    }

    /** {@code from} is the older revision; {@code dependency} for a Depends On link. */
    public record Edge(String from, String to, boolean dependency) {
    }

    /** @param current the database's heads; empty when the database was not read */
    public static GraphPicture of(Revisions graph, Set<String> current) {
        List<Node> nodes = new ArrayList<>(graph.size());
        List<Edge> edges = new ArrayList<>();
        for (Revision r : graph.revisions()) {
            nodes.add(new Node(r.id(), r.message(), r.branchLabels().stream().sorted().toList(), r.isBase(),
                    graph.isHead(r.id()), graph.isBranchPoint(r.id()), graph.isMergePoint(r.id()),
                    current.contains(r.id())));
            for (String parent : r.parents()) {
                edges.add(new Edge(parent, r.id(), false));
            }
            for (String dependency : graph.dependencies(r.id())) {
                edges.add(new Edge(dependency, r.id(), true));
            }
        }
        return new GraphPicture(nodes, edges);
    }

    /** The node's title line: id, then its own labels in parentheses, e.g. {@code 002 (audit)}. */
    public static String title(Node node) {
        return node.labels().isEmpty() ? node.id() : node.id() + " (" + String.join(", ", node.labels()) + ")";
    }
}
