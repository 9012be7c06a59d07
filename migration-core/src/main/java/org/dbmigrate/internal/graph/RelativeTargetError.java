package org.dbmigrate.internal.graph;

import java.util.List;
import org.dbmigrate.graph.RevisionGraphError;

/**
 * A relative target ({@code +N}, {@code -N}, {@code id+N}, {@code label@-N}) that cannot be walked:
 * it runs off the graph, or meets a branch or merge point where the way is not unique.
 */
public final class RelativeTargetError extends RevisionGraphError {
    private static final long serialVersionUID = 1L;

    /** Why the walk failed. */
    public enum Reason {
        /** The walk ran past a base or a head. */
        TOO_FAR,
        /** The walk met a branch point (up) or merge point (down), or started from several heads. */
        AMBIGUOUS,
        /** The step points against the command ({@code upgrade -1}, {@code downgrade +1}) or is zero. */
        WRONG_WAY
    }

    private final String target;
    private final Reason reason;
    private final List<String> revisions;

    public RelativeTargetError(String target, Reason reason, List<String> revisions, String hint) {
        super(message(target, reason, revisions, hint));
        this.target = target;
        this.reason = reason;
        this.revisions = List.copyOf(revisions);
    }

    private static String message(String target, Reason reason, List<String> revisions, String hint) {
        String where = revisions.isEmpty() ? "" : " at " + String.join(", ", revisions);
        String what = switch (reason) {
            case TOO_FAR -> "Relative revision " + target + " walks past the end of the revision graph" + where;
            case AMBIGUOUS -> "Ambiguous walk for relative revision " + target + where;
            case WRONG_WAY -> "Relative revision " + target + " does not say where to go from the current revision";
        };
        return what + "; " + hint;
    }

    public String target() {
        return target;
    }

    public Reason reason() {
        return reason;
    }

    @Override
    public List<String> revisionIds() {
        return revisions;
    }
}
