package org.dbmigrate.internal.graph;

import java.util.List;
import org.dbmigrate.error.Flag;
import org.dbmigrate.error.Wording;
import org.dbmigrate.graph.RevisionGraphError;

/**
 * Several revisions given together where one is an ancestor of another: version rows that
 * repeat an applied revision, or a target list such as {@code stamp 002 003} on one line.
 */
public final class OverlappingRevisionsError extends RevisionGraphError {
    private static final long serialVersionUID = 1L;

    private final String revision;
    private final String ancestor;

    public OverlappingRevisionsError(String revision, String ancestor) {
        super(Wording.of("Revision " + ancestor + " is an ancestor of " + revision
                + ", which is given at the same time; give only " + revision + " (use '", Wording.command("stamp"),
                " ", Flag.PURGE, "' if the version table holds both)"));
        this.revision = revision;
        this.ancestor = ancestor;
    }

    public String revision() {
        return revision;
    }

    public String ancestor() {
        return ancestor;
    }

    @Override
    public List<String> revisionIds() {
        return List.of(revision, ancestor);
    }
}
