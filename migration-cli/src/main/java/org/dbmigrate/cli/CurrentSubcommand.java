package org.dbmigrate.cli;

import org.dbmigrate.command.CurrentCommand;
import org.dbmigrate.fleet.FleetTasks;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "current", description = "Show the database's current revision(s); -v for full entries.")
final class CurrentSubcommand extends DbManageSubcommand {

    @Mixin
    OutputFormat format;

    @Mixin
    FleetOptions fleet;

    @Override
    public Integer call() {
        if (fleet.active()) {
            return fleet.run("current", FleetTasks.current(new CurrentCommand.Options(globalOptions().verbose())),
                    format.json(), false);
        }
        if (format.json()) {
            return print(migrator().json().current());
        }
        return print(migrator().current(new CurrentCommand.Options(globalOptions().verbose())));
    }
}
