package org.dbmigrate.internal.graph;

import java.util.List;
import org.dbmigrate.graph.RevisionGraphError;

/** A branch label declared by two revisions, or a label that is also a revision id. */
public final class DuplicateBranchLabelError extends RevisionGraphError {
    private static final long serialVersionUID = 1L;

    private final String label;
    private final String revision;
    private final String firstRevision;

    /**
     * @param label         the label declared twice
     * @param revision      the revision that declares it again
     * @param firstRevision the revision that already uses it (as label, or as its id)
     */
    public DuplicateBranchLabelError(String label, String revision, String firstRevision) {
        super(label.equals(firstRevision)
                ? "Branch label '" + label + "' of revision " + revision
                        + " is the id of a revision; choose another label"
                : "Branch label '" + label + "' of revision " + revision + " is already used by revision "
                        + firstRevision + "; choose another label");
        this.label = label;
        this.revision = revision;
        this.firstRevision = firstRevision;
    }

    public String label() {
        return label;
    }

    public String revision() {
        return revision;
    }

    public String firstRevision() {
        return firstRevision;
    }

    @Override
    public List<String> revisionIds() {
        return List.of(revision, firstRevision);
    }
}
