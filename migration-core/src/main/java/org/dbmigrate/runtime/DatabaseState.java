package org.dbmigrate.runtime;

import java.util.List;
import java.util.Set;

/**
 * Where a database stands, read without the lock and without creating anything.
 *
 * @param versions the version rows (empty: no version)
 * @param history  the newest history rows, newest first
 */
public record DatabaseState(Set<String> versions, List<HistoryRow> history) {

    public DatabaseState {
        versions = Set.copyOf(versions);
        history = List.copyOf(history);
    }
}
