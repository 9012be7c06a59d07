package org.dbmigrate.cli;

import org.dbmigrate.command.CurrentCommand;
import picocli.CommandLine.Command;

@Command(name = "current", description = "Show the database's current revision(s); -v for full entries.")
final class CurrentSubcommand extends DbManageSubcommand {

    @Override
    public Integer call() {
        return print(migrator().current(new CurrentCommand.Options(globalOptions().verbose())));
    }
}
