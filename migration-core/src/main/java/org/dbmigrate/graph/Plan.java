package org.dbmigrate.graph;

import java.util.List;
import java.util.Set;

/**
 * The ordered steps that take the database from one set of heads to another.
 *
 * @param fromHeads the version rows before the first step
 * @param steps     the steps in execution order
 * @param toHeads   the version rows after the last step
 */
public record Plan(Set<String> fromHeads, List<Step> steps, Set<String> toHeads) {

    public Plan {
        fromHeads = Set.copyOf(fromHeads);
        steps = List.copyOf(steps);
        toHeads = Set.copyOf(toHeads);
    }

    public boolean isEmpty() {
        return steps.isEmpty();
    }
}
