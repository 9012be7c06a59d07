package org.dbmigrate.cli;

import org.dbmigrate.command.HeadsCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "heads", description = "Show the heads of the revision graph; -v for full entries.")
final class HeadsSubcommand extends DbManageSubcommand {

    @Mixin
    OutputFormat format;

    @Override
    public Integer call() {
        if (format.json()) {
            return print(migrator().json().heads());
        }
        return print(migrator().heads(new HeadsCommand.Options(globalOptions().verbose())));
    }
}
