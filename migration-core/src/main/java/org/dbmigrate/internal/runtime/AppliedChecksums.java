package org.dbmigrate.internal.runtime;

import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dbmigrate.graph.Revision;
import org.dbmigrate.internal.graph.RevisionGraph;
import org.dbmigrate.internal.script.RevisionScript;
import org.dbmigrate.runtime.ChangedScript;
import org.dbmigrate.runtime.ChangedScriptsError;
import org.dbmigrate.runtime.HistoryRow;

/**
 * Compares the checksum recorded for every applied revision (the current heads and everything
 * below them) with its file today (SPEC section 7), and records accepted changes.
 */
public final class AppliedChecksums {

    private final Database database;
    private final HistoryTable history;
    private final Clock clock;

    public AppliedChecksums(Database database, HistoryTable history, Clock clock) {
        this.database = database;
        this.history = history;
        this.clock = clock;
    }

    /** Applied revisions whose file changed, in graph order; empty without a history table. */
    public List<ChangedScript> changed(Set<String> heads, RevisionGraph graph, RevisionScripts scripts)
            throws SQLException {
        Map<String, String> recorded = history.latestChecksums();
        if (recorded.isEmpty()) {
            return List.of();
        }
        Set<String> applied = applied(heads, graph);
        List<ChangedScript> changed = new ArrayList<>();
        for (Revision revision : graph.revisions()) {
            String before = recorded.get(revision.id());
            if (before == null || !applied.contains(revision.id())) {
                continue;
            }
            RevisionScript script = scripts.script(revision.id());
            if (!before.equals(script.checksum())) {
                changed.add(new ChangedScript(revision.id(), script.file(), scripts.displayName(script.file()), before,
                        script.checksum()));
            }
        }
        return List.copyOf(changed);
    }

    /** Throws {@link ChangedScriptsError} when an applied file changed. */
    public void verify(Set<String> heads, RevisionGraph graph, RevisionScripts scripts) throws SQLException {
        List<ChangedScript> changed = changed(heads, graph, scripts);
        if (!changed.isEmpty()) {
            throw new ChangedScriptsError(changed);
        }
    }

    /**
     * {@code --accept-changed}: records the new checksums as {@code stamp} history rows (the version
     * table is untouched) and commits them.
     */
    public List<ChangedScript> accept(Set<String> heads, RevisionGraph graph, RevisionScripts scripts)
            throws SQLException {
        List<ChangedScript> changed = changed(heads, graph, scripts);
        if (changed.isEmpty()) {
            return changed;
        }
        return database.inTransaction(() -> {
            for (ChangedScript c : changed) {
                history.record(new HistoryRow(c.revision(), HistoryRow.STAMP, c.current(), clock.instant(),
                        database.appliedBy(), 0, true));
            }
            return changed;
        });
    }

    /** The heads and every revision below them, through parents and exact-id dependencies. */
    static Set<String> applied(Set<String> heads, RevisionGraph graph) {
        Set<String> seen = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(heads);
        while (!todo.isEmpty()) {
            String id = todo.pop();
            if (!seen.add(id)) {
                continue;
            }
            graph.find(id).ifPresent(r -> {
                todo.addAll(r.parents());
                r.dependsOn().forEach(d -> graph.find(d).ifPresent(dep -> todo.add(dep.id())));
            });
        }
        return seen;
    }
}
