package org.dbmigrate.internal.graph;

import java.util.List;
import org.dbmigrate.graph.RevisionGraphError;

/** A partial revision id that several revisions start with. */
public final class AmbiguousPrefixError extends RevisionGraphError {
    private static final long serialVersionUID = 1L;

    private final String prefix;
    private final List<String> matches;

    public AmbiguousPrefixError(String prefix, List<String> matches) {
        super("Multiple revisions start with '" + prefix + "': " + String.join(", ", matches)
                + "; give more characters of the id");
        this.prefix = prefix;
        this.matches = List.copyOf(matches);
    }

    public String prefix() {
        return prefix;
    }

    public List<String> matches() {
        return matches;
    }

    @Override
    public List<String> revisionIds() {
        return matches;
    }
}
