package org.dbmigrate.cli;

import org.dbmigrate.JsonReports;
import org.dbmigrate.command.UpgradeCommand;
import org.dbmigrate.fleet.FleetTasks;
import org.dbmigrate.fleet.TargetTask;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "upgrade", description = "Apply revisions up to TARGET (default head); --sql prints the script.")
final class UpgradeSubcommand extends DbManageSubcommand {

    @Parameters(arity = "0..1", paramLabel = "TARGET",
            description = "head, heads, an id, a prefix, +N, label@head...; with --sql also START:END.")
    String target;

    @Option(names = "--delta", paramLabel = "N", description = "Upgrade N revisions from the current one (+N).")
    Integer delta;

    @Option(names = "--sql", description = "Print the SQL script on standard output instead of running it.")
    boolean sql;

    @Option(names = "--accept-changed",
            description = "Accept applied revision files whose content changed: record their new checksums.")
    boolean acceptChanged;

    @Mixin
    FleetOptions fleet;

    @Mixin
    OutputFormat format;

    @Override
    public Integer call() {
        if (fleet.active()) {
            TargetTask task = sql ? FleetTasks.offline(out(), (context, script) -> new UpgradeCommand(context)
                    .run(new UpgradeCommand.Options(target, delta, true, script, acceptChanged)))
                    : FleetTasks.upgrade(new UpgradeCommand.Options(target, delta, false, null, acceptChanged));
            return fleet.run("upgrade", task, format.json(), sql);
        }
        JsonReports.refuseWithSql(format.json(), sql);
        UpgradeCommand.Result result = migrator().upgrade(
                new UpgradeCommand.Options(target, delta, sql, sql ? out() : null, acceptChanged));
        return sql ? printBesideSql(result) : print(format.json() ? JsonReports.of(result.report()) : result);
    }
}
