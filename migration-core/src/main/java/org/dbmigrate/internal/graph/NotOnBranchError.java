package org.dbmigrate.internal.graph;

import java.util.List;
import org.dbmigrate.graph.RevisionGraphError;

/** {@code label@id} where the revision is neither an ancestor nor a descendant of the branch. */
public final class NotOnBranchError extends RevisionGraphError {
    private static final long serialVersionUID = 1L;

    private final String revision;
    private final String branch;

    public NotOnBranchError(String revision, String branch) {
        super("Revision " + revision + " is not a member of branch '" + branch
                + "'; use a revision of that branch or drop the '" + branch + "@' prefix");
        this.revision = revision;
        this.branch = branch;
    }

    public String revision() {
        return revision;
    }

    public String branch() {
        return branch;
    }

    @Override
    public List<String> revisionIds() {
        return List.of(revision);
    }
}
