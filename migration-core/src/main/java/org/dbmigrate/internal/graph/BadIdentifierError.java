package org.dbmigrate.internal.graph;

import java.util.List;
import org.dbmigrate.graph.RevisionGraphError;

/** An identifier or range whose form is wrong, e.g. {@code history -r 001} without a colon. */
public final class BadIdentifierError extends RevisionGraphError {
    private static final long serialVersionUID = 1L;

    private final String identifier;

    public BadIdentifierError(String identifier, String problem) {
        super("Invalid revision identifier '" + identifier + "': " + problem);
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
