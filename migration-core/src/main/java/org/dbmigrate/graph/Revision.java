package org.dbmigrate.graph;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One node of the revision graph, as its file's header declares it. Pure data: no file, no SQL.
 *
 * @param id          {@code [A-Za-z0-9_]+}
 * @param parents     the {@code Revises:} ids, in file order; empty for a base, two or more for a merge
 * @param branchLabels the {@code Branch Labels:} of this revision
 * @param dependsOn   the {@code Depends On:} entries: full ids or branch labels, resolved by the graph
 * @param message     the first header line
 */
public record Revision(String id, List<String> parents, Set<String> branchLabels, List<String> dependsOn,
        String message) {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_]+");

    public Revision {
        Objects.requireNonNull(id, "id");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("revision id '" + id + "' must match [A-Za-z0-9_]+");
        }
        parents = List.copyOf(parents);
        branchLabels = Set.copyOf(branchLabels);
        dependsOn = List.copyOf(dependsOn);
        message = message == null ? "" : message;
    }

    /** A revision with parents only, for tests and simple callers. */
    public static Revision of(String id, String... parents) {
        return new Revision(id, List.of(parents), Set.of(), List.of(), "");
    }

    public static boolean isValidId(String id) {
        return id != null && ID.matcher(id).matches();
    }

    public boolean isBase() {
        return parents.isEmpty();
    }

    public boolean isMergePoint() {
        return parents.size() > 1;
    }
}
