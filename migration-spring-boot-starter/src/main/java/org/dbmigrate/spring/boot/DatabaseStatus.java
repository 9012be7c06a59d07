package org.dbmigrate.spring.boot;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.dbmigrate.Migrator;
import org.dbmigrate.graph.Step;
import org.dbmigrate.internal.command.CommandContext;
import org.dbmigrate.internal.graph.RevisionGraph;
import org.dbmigrate.internal.runtime.MigrationSession;
import org.dbmigrate.runtime.DatabaseError;
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
        CommandContext context = migrator.context();
        RevisionGraph graph = context.scripts().graph();
        try (MigrationSession session = MigrationSession.open(context.connections(), context.config(),
                context.listener(), context.clock())) {
            Set<String> current = session.heads();
            List<String> unknown = current.stream().filter(id -> graph.find(id).isEmpty()).sorted().toList();
            List<String> pending = unknown.isEmpty()
                    ? graph.upgrade(current, "heads").steps().stream().map(Step::revision).map(r -> r.id()).toList()
                    : List.of();
            return new DatabaseStatus(current.stream().sorted().toList(), graph.heads(), pending, unknown,
                    latest(session.history().rows()));
        } catch (SQLException e) {
            throw new DatabaseError(DatabaseError.firstLine(e), e);
        }
    }

    private static List<HistoryRow> latest(List<HistoryRow> oldestFirst) {
        List<HistoryRow> rows = new ArrayList<>(
                oldestFirst.subList(Math.max(0, oldestFirst.size() - HISTORY_ROWS), oldestFirst.size()));
        Collections.reverse(rows);
        return List.copyOf(rows);
    }
}
