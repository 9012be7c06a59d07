package org.dbmigrate.fleet;

import java.util.List;
import org.dbmigrate.internal.command.CommandContext;

/**
 * What a fleet command does on one target, given that target's context (its connections, the
 * shared parsed scripts). Throwing fails this target only. {@link FleetTasks} has the built-in
 * commands; a new one is a lambda.
 */
@FunctionalInterface
public interface TargetTask {

    /** Runs the command on {@code target} through {@code context} (which reaches that target). */
    Report run(FleetTarget target, CommandContext context);

    /**
     * What one target ended with.
     *
     * @param revisions the target's version rows afterwards (empty: no version)
     * @param lines     the command's standard-output lines for this target
     * @param state     what a command that judges the target found ({@code status}: {@code up_to_date},
     *                  {@code pending}, {@code problem}); null for the others
     */
    record Report(List<String> revisions, List<String> lines, String state) {
        public Report {
            revisions = List.copyOf(revisions);
            lines = List.copyOf(lines);
        }

        public Report(List<String> revisions, List<String> lines) {
            this(revisions, lines, null);
        }
    }
}
