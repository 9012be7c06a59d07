package org.dbmigrate.internal.graphview;

import java.util.Locale;
import java.util.stream.Collectors;
import org.dbmigrate.graphview.GraphPicture;

/**
 * A self-contained SVG picture (styles inline, no script, no external font or tool): one group
 * per revision with class {@code node} plus its markers ({@code head}, {@code current},
 * {@code branchpoint}, {@code mergepoint}), one polyline per edge, and a legend.
 */
public final class SvgRenderer {

    private static final int MAX_TEXT = 30;
    private static final int LEGEND = 28;

    private SvgRenderer() {
    }

    public static String render(GraphPicture picture) {
        LayeredLayout.Result layout = LayeredLayout.layout(picture);
        double width = Math.max(layout.width(), 520);
        double height = layout.height() + LEGEND;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(n(width)).append("\" height=\"")
                .append(n(height)).append("\" viewBox=\"0 0 ").append(n(width)).append(' ').append(n(height))
                .append("\" font-family=\"Helvetica, Arial, sans-serif\" font-size=\"12\">\n");
        svg.append("<title>Revision graph</title>\n");
        svg.append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\""
                + " markerHeight=\"7\" orient=\"auto\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#555\"/></marker></defs>\n");
        svg.append("<style>")
                .append(".edge{fill:none;stroke:#555;stroke-width:1.5}")
                .append(".edge.dependency{stroke-dasharray:5,4}")
                .append(".node rect{fill:#fff;stroke:#444;stroke-width:1.2}")
                .append(".node.head rect{stroke:#1a7f37;stroke-width:3}")
                .append(".node.current rect{fill:#cfe3ff}")
                .append(".id{font-weight:bold}.message{fill:#333}.markers{fill:#8a4b00;font-size:10px}")
                .append("</style>\n");
        double offset = (width - layout.width()) / 2;
        for (LayeredLayout.Route route : layout.routes()) {
            svg.append("<polyline class=\"edge").append(route.edge().dependency() ? " dependency" : "")
                    .append("\" data-from=\"").append(escape(route.edge().from())).append("\" data-to=\"")
                    .append(escape(route.edge().to())).append("\" points=\"")
                    .append(route.points().stream().map(p -> n(p.x() + offset) + "," + n(p.y()))
                            .collect(Collectors.joining(" ")))
                    .append("\" marker-end=\"url(#arrow)\"/>\n");
        }
        for (GraphPicture.Node node : picture.nodes()) {
            LayeredLayout.Point c = layout.centres().get(node.id());
            double x = c.x() + offset - LayeredLayout.NODE_WIDTH / 2.0;
            double y = c.y() - LayeredLayout.NODE_HEIGHT / 2.0;
            String classes = node.markers().stream().map(m -> " " + m).collect(Collectors.joining());
            svg.append("<g class=\"node").append(classes).append("\" id=\"rev-").append(escape(node.id()))
                    .append("\" data-revision=\"").append(escape(node.id())).append("\">");
            svg.append("<title>").append(escape(node.id())).append(node.message().isEmpty() ? "" : ": ")
                    .append(escape(node.message())).append("</title>");
            svg.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"")
                    .append(LayeredLayout.NODE_WIDTH).append("\" height=\"").append(LayeredLayout.NODE_HEIGHT)
                    .append("\" rx=\"8\"/>");
            double middle = c.x() + offset;
            text(svg, "id", middle, y + 17, GraphPicture.title(node));
            text(svg, "message", middle, y + 34, node.message());
            if (!node.markers().isEmpty()) {
                text(svg, "markers", middle, y + 50, "(" + String.join(") (", node.markers()) + ")");
            }
            svg.append("</g>\n");
        }
        svg.append("<text class=\"legend\" x=\"").append(n(width / 2)).append("\" y=\"").append(n(height - 10))
                .append("\" text-anchor=\"middle\" font-size=\"10\" fill=\"#666\">")
                .append("green border: head \u00b7 blue: current in the database \u00b7 dashed: depends on")
                .append("</text>\n");
        svg.append("</svg>\n");
        return svg.toString();
    }

    private static void text(StringBuilder svg, String css, double x, double y, String text) {
        String shown = text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT - 1) + "\u2026" : text;
        svg.append("<text class=\"").append(css).append("\" x=\"").append(n(x)).append("\" y=\"").append(n(y))
                .append("\" text-anchor=\"middle\">").append(escape(shown)).append("</text>");
    }

    private static String n(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
