package org.dbmigrate.graphview;

import java.util.Locale;
import org.dbmigrate.error.MigrationError;
import org.dbmigrate.internal.graphview.DotRenderer;
import org.dbmigrate.internal.graphview.LayeredLayout;
import org.dbmigrate.internal.graphview.MermaidRenderer;
import org.dbmigrate.internal.graphview.SvgRenderer;

/** The drawing formats of {@code graph}. */
public enum GraphFormat {
    /** Graphviz source, for {@code dot -Tpng}. */
    DOT,
    /** A Mermaid flowchart, which GitHub and GitLab render in Markdown. */
    MERMAID,
    /** A self-contained SVG picture, laid out by {@link LayeredLayout}; no tool needed. */
    SVG;

    /** {@code dot}, {@code mermaid} or {@code svg}, any case; anything else is the user's mistake. */
    public static GraphFormat parse(String name) {
        if (name == null || name.isBlank()) {
            return SVG;
        }
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new MigrationError("Unknown graph format '" + name + "'; use dot, mermaid or svg");
        }
    }

    public String render(GraphPicture picture) {
        return switch (this) {
            case DOT -> DotRenderer.render(picture);
            case MERMAID -> MermaidRenderer.render(picture);
            case SVG -> SvgRenderer.render(picture);
        };
    }

    /** The usual file extension, without the dot. */
    public String extension() {
        return this == MERMAID ? "mmd" : name().toLowerCase(Locale.ROOT);
    }
}
