package org.dbmigrate.internal.graph;

import java.util.List;
import java.util.Set;
import org.dbmigrate.graph.VersionChange;

/**
 * What {@code stamp} does to the version table, without running any revision.
 *
 * @param changes    the version-row changes, in the order they are applied
 * @param headsAfter the version rows once the changes are applied
 */
public record Stamp(List<VersionChange> changes, Set<String> headsAfter) {

    public Stamp {
        changes = List.copyOf(changes);
        headsAfter = Set.copyOf(headsAfter);
    }
}
