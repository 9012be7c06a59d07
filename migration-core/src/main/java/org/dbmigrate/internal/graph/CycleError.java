package org.dbmigrate.internal.graph;

import java.util.List;
import org.dbmigrate.graph.RevisionGraphError;

/**
 * Revisions that revise (or depend on) each other in a circle, so no order can apply them. A
 * single revision means it names itself.
 */
public final class CycleError extends RevisionGraphError {
    private static final long serialVersionUID = 1L;

    private final List<String> cycle;
    private final boolean dependency;

    /**
     * @param cycle      the revisions around the circle in upgrade order, starting at the earliest
     *                   given: each is revised by (or a dependency of) the next, the last by the first
     * @param dependency true when a Depends On: edge closes the circle
     */
    public CycleError(List<String> cycle, boolean dependency) {
        super(message(List.copyOf(cycle), dependency));
        this.cycle = List.copyOf(cycle);
        this.dependency = dependency;
    }

    private static String message(List<String> cycle, boolean dependency) {
        String line = dependency ? "Depends On:" : "Revises:";
        if (cycle.size() == 1) {
            return "Revision " + cycle.get(0) + (dependency ? " depends on" : " revises")
                    + " itself; fix its " + line + " line";
        }
        return (dependency ? "Dependency cycle" : "Cycle") + " in revisions " + String.join(" -> ", cycle)
                + " -> " + cycle.get(0) + "; fix the " + line + " line of one of them";
    }

    public List<String> cycle() {
        return cycle;
    }

    public boolean dependency() {
        return dependency;
    }

    @Override
    public List<String> revisionIds() {
        return cycle;
    }
}
