package org.dbmigrate.internal.graph;

import java.util.List;
import org.dbmigrate.graph.RevisionGraphError;

/**
 * A target that the requested direction cannot reach from the current heads: a downgrade to a
 * revision that is not applied, or a history range whose start is not below its end.
 */
public final class UnreachableTargetError extends RevisionGraphError {
    private static final long serialVersionUID = 1L;

    private final String target;
    private final List<String> currentHeads;

    public UnreachableTargetError(String message, String target, List<String> currentHeads) {
        super(message);
        this.target = target;
        this.currentHeads = List.copyOf(currentHeads);
    }

    public static UnreachableTargetError downgrade(String target, List<String> currentHeads) {
        return new UnreachableTargetError("Destination " + target
                + " is not a valid downgrade target from current head(s) "
                + (currentHeads.isEmpty() ? "(none)" : String.join(", ", currentHeads))
                + "; run 'current' and pick a revision below it", target, currentHeads);
    }

    public static UnreachableTargetError range(String start, String end) {
        return new UnreachableTargetError("Requested range " + start + ":" + end
                + " does not go from an ancestor to a descendant on one branch; swap or change its ends",
                start + ":" + end, List.of());
    }

    public String target() {
        return target;
    }

    public List<String> currentHeads() {
        return currentHeads;
    }

    @Override
    public List<String> revisionIds() {
        return currentHeads;
    }
}
