package org.dbmigrate.cli;

import org.dbmigrate.command.HeadsCommand;
import org.dbmigrate.internal.command.json.JsonViews;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "heads", description = "Show the heads of the revision graph; -v for full entries.")
final class HeadsSubcommand extends DbManageSubcommand {

    @Mixin
    OutputFormat format;

    @Override
    public Integer call() {
        if (format.json()) {
            return print(new JsonViews(migrator().context()).heads());
        }
        return print(migrator().heads(new HeadsCommand.Options(globalOptions().verbose())));
    }
}
