package org.dbmigrate.cli;

import java.util.List;
import java.util.Set;
import org.dbmigrate.command.StatusCommand;
import org.dbmigrate.fleet.FleetResult;
import org.dbmigrate.fleet.FleetTasks;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code status}: current revisions, pending ones in run order, missing and changed files. The
 * exit code is for scripts: 0 at head and clean, 4 pending, 5 missing or changed files. Across a
 * fleet: 1 when any target could not be read, else the worst target's code (5 before 4 before 0).
 */
@Command(name = "status", description = "Current and pending revisions, missing and changed files;"
        + " exits 0 at head, 4 when revisions are pending, 5 when files are missing or changed"
        + " (a fleet: 1 when a target failed, else the worst target's code).")
final class StatusSubcommand extends DbManageSubcommand {

    @Mixin
    OutputFormat format;

    @Mixin
    FleetOptions fleet;

    @Override
    public Integer call() {
        if (fleet.active()) {
            return fleet.run("status", FleetTasks.status(), format.json(), false, StatusSubcommand::worst);
        }
        StatusCommand.Result status = migrator().status(new StatusCommand.Options());
        print(format.json() ? migrator().json().of(status) : status);
        return exitCode(status.state());
    }

    private static int exitCode(StatusCommand.State state) {
        return switch (state) {
            case UP_TO_DATE -> ExitCode.OK;
            case PENDING -> ExitCode.PENDING;
            case PROBLEM -> ExitCode.PROBLEM;
        };
    }

    /** The fleet's code: the worst of its targets' (problem over pending over up to date). */
    private static int worst(FleetResult result) {
        Set<String> states = result.byState().keySet();
        for (StatusCommand.State state : List.of(StatusCommand.State.PROBLEM, StatusCommand.State.PENDING)) {
            if (states.contains(FleetTasks.state(state))) {
                return exitCode(state);
            }
        }
        return ExitCode.OK;
    }
}
