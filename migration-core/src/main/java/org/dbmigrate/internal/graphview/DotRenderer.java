package org.dbmigrate.internal.graphview;

import org.dbmigrate.graphview.GraphPicture;

/**
 * Graphviz DOT: base at the top, one box per revision whose label carries the id, labels,
 * message and markers; heads are drawn bold, current revisions filled, dependencies dashed.
 */
public final class DotRenderer {

    private DotRenderer() {
    }

    public static String render(GraphPicture picture) {
        StringBuilder dot = new StringBuilder();
        dot.append("digraph revisions {\n");
        dot.append("  rankdir=TB;\n");
        dot.append("  node [shape=box, style=rounded, fontname=\"Helvetica\"];\n");
        for (GraphPicture.Node node : picture.nodes()) {
            StringBuilder label = new StringBuilder(GraphPicture.title(node));
            if (!node.message().isEmpty()) {
                label.append('\n').append(node.message());
            }
            if (!node.markers().isEmpty()) {
                label.append("\n(").append(String.join(") (", node.markers())).append(')');
            }
            dot.append("  ").append(quote(node.id())).append(" [label=").append(quote(label.toString()));
            if (node.head()) {
                dot.append(", penwidth=2");
            }
            if (node.current()) {
                dot.append(", style=\"rounded,filled\", fillcolor=\"#cfe3ff\"");
            }
            dot.append("];\n");
        }
        for (GraphPicture.Edge edge : picture.edges()) {
            dot.append("  ").append(quote(edge.from())).append(" -> ").append(quote(edge.to()));
            if (edge.dependency()) {
                dot.append(" [style=dashed]");
            }
            dot.append(";\n");
        }
        dot.append("}\n");
        return dot.toString();
    }

    private static String quote(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + '"';
    }
}
