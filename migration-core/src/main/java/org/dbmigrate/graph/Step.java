package org.dbmigrate.graph;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One migration to run: a revision's upgrade or downgrade section, and the version-table changes
 * that record it.
 *
 * @param revision       the revision whose section runs
 * @param direction      upgrade or downgrade
 * @param versionChanges the version-row changes, in the order they are applied
 * @param headsAfter     the version rows once the changes are applied (decided with them, by the plan)
 */
public record Step(Revision revision, Direction direction, List<VersionChange> versionChanges, Set<String> headsAfter) {

    public Step {
        Objects.requireNonNull(revision, "revision");
        Objects.requireNonNull(direction, "direction");
        versionChanges = List.copyOf(versionChanges);
        headsAfter = Set.copyOf(headsAfter);
    }

    /**
     * The {@code 001 -> 002} part of {@code Running upgrade 001 -> 002, message}: the parents
     * (comma separated, empty for a base) and the revision, swapped for a downgrade.
     */
    public String arrow() {
        List<String> from = revision.parents();
        // one parent is the common case, and this runs for every step of a run
        String parents = from.size() == 1 ? from.get(0) : String.join(", ", from);
        return direction == Direction.UPGRADE
                ? parents + " -> " + revision.id()
                : revision.id() + " -> " + parents;
    }
}
