package org.dbmigrate.spring.boot;

import java.util.List;
import java.util.Set;
import org.dbmigrate.Migrator;
import org.dbmigrate.graph.Revisions;
import org.dbmigrate.graph.Step;
import org.dbmigrate.runtime.DatabaseState;
import org.dbmigrate.runtime.HistoryRow;

/**
 * Where the database stands against the application's revisions, read without the lock and
 * without creating anything.
 *
 * @param current the version rows
 * @param heads   the heads of the application's revisions
 * @param pending the revisions {@code upgrade heads} would run, in run order (empty when unknown)
 * @param unknown version rows no revision of the application defines (the database is ahead)
 * @param history the latest history rows, newest first
 */
public record DatabaseStatus(List<String> current, List<String> heads, List<String> pending, List<String> unknown,
        List<HistoryRow> history) {

    /** How many history rows {@link #read} keeps. */
    public static final int HISTORY_ROWS = 20;

    public static DatabaseStatus read(Migrator migrator) {
        Revisions graph = migrator.revisions();
        DatabaseState state = migrator.state(HISTORY_ROWS);
        Set<String> current = state.versions();
        List<String> unknown = current.stream().filter(id -> graph.find(id).isEmpty()).sorted().toList();
        List<String> pending = unknown.isEmpty()
                ? graph.upgrade(current, "heads").steps().stream().map(Step::revision).map(r -> r.id()).toList()
                : List.of();
        return new DatabaseStatus(current.stream().sorted().toList(), graph.heads(), pending, unknown, state.history());
    }
}
