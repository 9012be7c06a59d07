package org.dbmigrate.cli;

import java.util.function.BiFunction;
import java.util.function.Function;
import org.dbmigrate.JsonReports;
import org.dbmigrate.Migrator;
import org.dbmigrate.command.RunResult;
import org.dbmigrate.fleet.FleetTasks;
import org.dbmigrate.fleet.TargetTask;
import picocli.CommandLine.Mixin;

/**
 * upgrade, downgrade and stamp: a run on the configured database or on each target of a fleet, or
 * with {@code --sql} the script of that run on standard output and its summary on standard error.
 *
 * @param <O> the command's options
 */
abstract class RunSubcommand<O> extends DbManageSubcommand {

    @Mixin
    FleetOptions fleet;

    @Mixin
    OutputFormat format;

    private final BiFunction<Migrator, O, RunResult> onDatabase;
    private final Function<O, TargetTask> onTarget;

    RunSubcommand(BiFunction<Migrator, O, RunResult> onDatabase, Function<O, TargetTask> onTarget) {
        this.onDatabase = onDatabase;
        this.onTarget = onTarget;
    }

    /** {@code --sql}; each command declares it with its own help text. */
    abstract boolean sql();

    /** The command's options: a run when {@code sqlOut} is null, else the run's script written to it. */
    abstract O options(Appendable sqlOut);

    /** The script of one fleet target's run, written by the command itself. */
    abstract FleetTasks.OfflineScript script();

    @Override
    public final Integer call() {
        if (fleet.active()) {
            TargetTask task = sql() ? FleetTasks.offline(out(), script()) : onTarget.apply(options(null));
            return fleet.run(commandName(), task, format.json(), sql());
        }
        JsonReports.refuseWithSql(format.json(), sql());
        RunResult result = onDatabase.apply(migrator(), options(sql() ? out() : null));
        return sql() ? printBesideSql(result) : print(format.json() ? JsonReports.of(result.report()) : result);
    }
}
