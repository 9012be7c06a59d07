package org.dbmigrate.internal.graph;

import java.util.List;
import org.dbmigrate.graph.RevisionGraphError;

/** A revision revises or depends on an id (or branch label) that no revision declares. */
public final class MissingRevisionError extends RevisionGraphError {
    private static final long serialVersionUID = 1L;

    private final String revision;
    private final String missing;
    private final boolean dependency;

    public MissingRevisionError(String revision, String missing, boolean dependency) {
        super(dependency
                ? "Revision " + revision + " depends on '" + missing
                        + "', which is neither a revision nor a branch label; fix its Depends On: line"
                : "Revision " + revision + " revises " + missing
                        + ", which does not exist; fix its Revises: line or restore revision " + missing);
        this.revision = revision;
        this.missing = missing;
        this.dependency = dependency;
    }

    /** The revision whose header names the missing id. */
    public String revision() {
        return revision;
    }

    public String missing() {
        return missing;
    }

    /** True when the missing id comes from Depends On:, false for Revises:. */
    public boolean dependency() {
        return dependency;
    }

    @Override
    public List<String> revisionIds() {
        return List.of(revision);
    }
}
