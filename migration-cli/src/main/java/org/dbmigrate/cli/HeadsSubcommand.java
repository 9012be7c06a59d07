package org.dbmigrate.cli;

import org.dbmigrate.command.HeadsCommand;
import picocli.CommandLine.Command;

@Command(name = "heads", description = "Show the heads of the revision graph; -v for full entries.")
final class HeadsSubcommand extends DbManageSubcommand {

    @Override
    public Integer call() {
        return print(migrator().heads(new HeadsCommand.Options(globalOptions().verbose())));
    }
}
