package org.dbmigrate.graph;

import java.util.List;
import org.dbmigrate.error.MigrationError;
import org.dbmigrate.error.Wording;

/**
 * A mistake in the revision graph or in a revision identifier. Every subclass names the revision
 * ids involved in {@link #revisionIds()}, so the script layer can point at the files.
 */
public abstract class RevisionGraphError extends MigrationError {
    private static final long serialVersionUID = 1L;

    protected RevisionGraphError(String message) {
        super(message);
    }

    protected RevisionGraphError(Wording message) {
        super(message);
    }

    /** The revision ids (not identifiers) this error is about; empty when none exists yet. */
    public abstract List<String> revisionIds();
}
