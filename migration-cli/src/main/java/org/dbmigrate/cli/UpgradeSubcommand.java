package org.dbmigrate.cli;

import org.dbmigrate.Migrator;
import org.dbmigrate.command.UpgradeCommand;
import org.dbmigrate.fleet.FleetTasks;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "upgrade", description = "Apply revisions up to TARGET (default head); --sql prints the script.")
final class UpgradeSubcommand extends RunSubcommand<UpgradeCommand.Options> {

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

    UpgradeSubcommand() {
        super(Migrator::upgrade, FleetTasks::upgrade);
    }

    @Override
    boolean sql() {
        return sql;
    }

    @Override
    UpgradeCommand.Options options(Appendable sqlOut) {
        return new UpgradeCommand.Options(target, delta, sqlOut != null, sqlOut, acceptChanged);
    }

    @Override
    FleetTasks.OfflineScript script() {
        return (context, out) -> new UpgradeCommand(context).run(options(out));
    }
}
