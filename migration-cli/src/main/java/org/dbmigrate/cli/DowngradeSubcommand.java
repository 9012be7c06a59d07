package org.dbmigrate.cli;

import org.dbmigrate.Migrator;
import org.dbmigrate.command.DowngradeCommand;
import org.dbmigrate.fleet.FleetTasks;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "downgrade", description = "Revert revisions down to TARGET; --sql needs START:END.")
final class DowngradeSubcommand extends RunSubcommand<DowngradeCommand.Options> {

    @Parameters(arity = "0..1", paramLabel = "TARGET", description = "an id, a prefix, -N, base, label@base...")
    String target;

    @Option(names = "--delta", paramLabel = "N", description = "Downgrade N revisions from the current one (-N).")
    Integer delta;

    @Option(names = "--sql", description = "Print the SQL script on standard output instead of running it.")
    boolean sql;

    DowngradeSubcommand() {
        super(Migrator::downgrade, FleetTasks::downgrade);
    }

    @Override
    boolean sql() {
        return sql;
    }

    @Override
    DowngradeCommand.Options options(Appendable sqlOut) {
        return new DowngradeCommand.Options(target, delta, sqlOut != null, sqlOut);
    }

    @Override
    FleetTasks.OfflineScript script() {
        return (context, out) -> new DowngradeCommand(context).run(options(out));
    }
}
