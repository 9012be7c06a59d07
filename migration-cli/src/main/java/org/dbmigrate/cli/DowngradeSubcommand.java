package org.dbmigrate.cli;

import org.dbmigrate.JsonReports;
import org.dbmigrate.command.DowngradeCommand;
import org.dbmigrate.fleet.FleetTasks;
import org.dbmigrate.fleet.TargetTask;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "downgrade", description = "Revert revisions down to TARGET; --sql needs START:END.")
final class DowngradeSubcommand extends DbManageSubcommand {

    @Parameters(arity = "0..1", paramLabel = "TARGET", description = "an id, a prefix, -N, base, label@base...")
    String target;

    @Option(names = "--delta", paramLabel = "N", description = "Downgrade N revisions from the current one (-N).")
    Integer delta;

    @Option(names = "--sql", description = "Print the SQL script on standard output instead of running it.")
    boolean sql;

    @Mixin
    FleetOptions fleet;

    @Mixin
    OutputFormat format;

    @Override
    public Integer call() {
        if (fleet.active()) {
            TargetTask task = sql ? FleetTasks.offline(out(), (context, script) -> new DowngradeCommand(context)
                    .run(new DowngradeCommand.Options(target, delta, true, script)))
                    : FleetTasks.downgrade(new DowngradeCommand.Options(target, delta, false, null));
            return fleet.run("downgrade", task, format.json(), sql);
        }
        JsonReports.refuseWithSql(format.json(), sql);
        DowngradeCommand.Result result = migrator().downgrade(
                new DowngradeCommand.Options(target, delta, sql, sql ? out() : null));
        return sql ? printBesideSql(result) : print(format.json() ? JsonReports.of(result.report()) : result);
    }
}
