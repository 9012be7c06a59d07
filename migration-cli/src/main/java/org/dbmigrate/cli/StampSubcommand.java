package org.dbmigrate.cli;

import java.util.List;
import org.dbmigrate.JsonReports;
import org.dbmigrate.command.StampCommand;
import org.dbmigrate.fleet.FleetTasks;
import org.dbmigrate.fleet.TargetTask;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "stamp", description = "Set the version table to REV... without running migrations.")
final class StampSubcommand extends DbManageSubcommand {

    @Parameters(arity = "1..*", paramLabel = "REV", description = "One or more targets, e.g. icehouse or head.")
    List<String> targets;

    @Option(names = "--purge", description = "Empty the version table first (no check of what it held).")
    boolean purge;

    @Option(names = "--sql", description = "Print the SQL on standard output instead of running it.")
    boolean sql;

    @Mixin
    FleetOptions fleet;

    @Mixin
    OutputFormat format;

    @Override
    public Integer call() {
        if (fleet.active()) {
            List<String> revisions = List.copyOf(targets);
            TargetTask task = sql ? FleetTasks.offline(out(), (context, script) -> new StampCommand(context)
                    .run(new StampCommand.Options(revisions, purge, true, script)))
                    : FleetTasks.stamp(new StampCommand.Options(revisions, purge, false, null));
            return fleet.run("stamp", task, format.json(), sql);
        }
        JsonReports.refuseWithSql(format.json(), sql);
        StampCommand.Result result = migrator().stamp(
                new StampCommand.Options(List.copyOf(targets), purge, sql, sql ? out() : null));
        return sql ? printBesideSql(result) : print(format.json() ? JsonReports.of(result.report()) : result);
    }
}
