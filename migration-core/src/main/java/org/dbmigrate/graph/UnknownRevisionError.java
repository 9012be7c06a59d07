package org.dbmigrate.graph;

import java.util.List;

/** An identifier that names no revision and no branch label. */
public final class UnknownRevisionError extends RevisionGraphError {
    private static final long serialVersionUID = 1L;

    private final String identifier;

    public UnknownRevisionError(String identifier) {
        super("No revision or branch label '" + identifier + "'"
                + (identifier.length() < RevisionGraph.MIN_PREFIX
                        ? "; use at least four characters for a partial revision id"
                        : "; run 'history' to list the revisions"));
        this.identifier = identifier;
    }

    public String identifier() {
        return identifier;
    }

    @Override
    public List<String> revisionIds() {
        return List.of();
    }
}
