package org.dbmigrate.cli;

import java.util.List;
import org.dbmigrate.Migrator;
import org.dbmigrate.command.StampCommand;
import org.dbmigrate.fleet.FleetTasks;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "stamp", description = "Set the version table to REV... without running migrations.")
final class StampSubcommand extends RunSubcommand<StampCommand.Options> {

    @Parameters(arity = "1..*", paramLabel = "REV", description = "One or more targets, e.g. icehouse or head.")
    List<String> targets;

    @Option(names = "--purge", description = "Empty the version table first (no check of what it held).")
    boolean purge;

    @Option(names = "--sql", description = "Print the SQL on standard output instead of running it.")
    boolean sql;

    StampSubcommand() {
        super(Migrator::stamp, FleetTasks::stamp);
    }

    @Override
    boolean sql() {
        return sql;
    }

    @Override
    StampCommand.Options options(Appendable sqlOut) {
        return new StampCommand.Options(List.copyOf(targets), purge, sqlOut != null, sqlOut);
    }

    @Override
    FleetTasks.OfflineScript script() {
        return (context, out) -> new StampCommand(context).run(options(out));
    }
}
