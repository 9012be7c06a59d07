package org.dbmigrate.internal.graphview;

import java.util.ArrayList;
import java.util.List;
import org.dbmigrate.graphview.GraphPicture;

/**
 * A Mermaid flowchart, base at the top. Node keys get an {@code r} prefix because a bare id such
 * as {@code end} is a Mermaid keyword; text is entity-escaped so a message cannot break the chart.
 */
public final class MermaidRenderer {

    private MermaidRenderer() {
    }

    public static String render(GraphPicture picture) {
        StringBuilder out = new StringBuilder("flowchart TB\n");
        List<String> heads = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (GraphPicture.Node node : picture.nodes()) {
            StringBuilder label = new StringBuilder(escape(GraphPicture.title(node)));
            if (!node.message().isEmpty()) {
                label.append("<br/>").append(escape(node.message()));
            }
            if (!node.markers().isEmpty()) {
                label.append("<br/>(").append(String.join(") (", node.markers())).append(')');
            }
            out.append("  ").append(key(node.id())).append("[\"").append(label).append("\"]\n");
            if (node.head()) {
                heads.add(key(node.id()));
            }
            if (node.current()) {
                current.add(key(node.id()));
            }
        }
        for (GraphPicture.Edge edge : picture.edges()) {
            out.append("  ").append(key(edge.from())).append(edge.dependency() ? " -.-> " : " --> ")
                    .append(key(edge.to())).append('\n');
        }
        out.append("  classDef head stroke-width:3px\n");
        out.append("  classDef current fill:#cfe3ff\n");
        if (!heads.isEmpty()) {
            out.append("  class ").append(String.join(",", heads)).append(" head\n");
        }
        if (!current.isEmpty()) {
            out.append("  class ").append(String.join(",", current)).append(" current\n");
        }
        return out.toString();
    }

    private static String key(String id) {
        return "r" + id;
    }

    private static String escape(String text) {
        return text.replace("&", "#amp;").replace("\"", "#quot;").replace("<", "#lt;").replace(">", "#gt;");
    }
}
