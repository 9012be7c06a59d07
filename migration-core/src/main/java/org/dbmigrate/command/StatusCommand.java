package org.dbmigrate.command;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dbmigrate.graph.Step;
import org.dbmigrate.internal.command.CommandContext;
import org.dbmigrate.internal.runtime.MigrationSession;
import org.dbmigrate.internal.runtime.RevisionScripts;
import org.dbmigrate.internal.script.ScriptDirectory;
import org.dbmigrate.runtime.ChangedScript;
import org.dbmigrate.runtime.DatabaseError;

/**
 * {@code status}: where the database is and what an {@code upgrade heads} would do. Reads only (no
 * lock, creates nothing). "Missing" are version rows that no revision file defines; while one is
 * there, what is pending cannot be known and the list is empty.
 */
public final class StatusCommand {

    private final CommandContext context;

    public StatusCommand(CommandContext context) {
        this.context = context;
    }

    public record Options() {
    }

    /** What a script checks: up to date, something to upgrade, or something wrong with the files. */
    public enum State {
        /** At every head; no missing or changed file. */
        UP_TO_DATE,
        /** Revisions wait to be applied; nothing missing or changed. */
        PENDING,
        /** A version row names no file, or an applied file changed: upgrade would refuse to run. */
        PROBLEM
    }

    /**
     * @param current the version rows, sorted
     * @param heads   the graph's heads
     * @param pending the steps of {@code upgrade heads}, in the order they would run
     * @param missing version rows that no revision file defines
     * @param changed applied revisions whose file changed since it ran
     */
    public record Result(List<String> current, List<String> heads, List<Step> pending, List<String> missing,
            List<ChangedScript> changed) implements CommandResult {

        public State state() {
            if (!missing.isEmpty() || !changed.isEmpty()) {
                return State.PROBLEM;
            }
            return pending.isEmpty() ? State.UP_TO_DATE : State.PENDING;
        }

        @Override
        public List<String> lines() {
            List<String> lines = new ArrayList<>();
            lines.add("Current: " + RunReport.heads(current));
            lines.add((heads.size() > 1 ? "Heads: " : "Head: ") + RunReport.heads(heads));
            if (pending.isEmpty()) {
                lines.add("Pending: " + (missing.isEmpty() ? "none" : "unknown while a version row has no file"));
            } else {
                lines.add("Pending: " + pending.size() + ", in the order upgrade runs them");
                pending.forEach(step -> lines.add("  " + step.arrow() + ", " + step.revision().message()));
            }
            lines.add("Missing files: " + (missing.isEmpty() ? "none"
                    : String.join(", ", missing) + " (in the version table, no revision file defines it)"));
            lines.add("Changed files: " + (changed.isEmpty() ? "none" : String.join(", ", changed.stream()
                    .map(c -> c.fileName() + " (revision " + c.revision() + ")").toList())));
            return List.copyOf(lines);
        }
    }

    public Result run(Options options) {
        ScriptDirectory scripts = context.scripts();
        try (MigrationSession session = MigrationSession.open(context.connections(), context.config(),
                context.listener(), context.clock())) {
            Set<String> current = session.heads();
            List<String> missing = current.stream().filter(id -> scripts.graph().find(id).isEmpty()).sorted()
                    .toList();
            List<Step> pending = missing.isEmpty() ? scripts.graph().upgrade(current, "heads").steps() : List.of();
            List<ChangedScript> changed = session.checksums().changed(current, scripts.graph(),
                    RevisionScripts.of(scripts));
            session.announce();
            return new Result(current.stream().sorted().toList(), scripts.graph().heads(), pending, missing, changed);
        } catch (SQLException e) {
            throw new DatabaseError(DatabaseError.firstLine(e), e);
        }
    }
}
