package org.dbmigrate.internal.graph;

import java.util.List;
import org.dbmigrate.graph.RevisionGraphError;

/** Two revisions declare the same id. */
public final class DuplicateRevisionError extends RevisionGraphError {
    private static final long serialVersionUID = 1L;

    private final String id;

    public DuplicateRevisionError(String id) {
        super("Revision " + id + " is declared more than once; give one of the files a new id");
        this.id = id;
    }

    public String id() {
        return id;
    }

    @Override
    public List<String> revisionIds() {
        return List.of(id);
    }
}
