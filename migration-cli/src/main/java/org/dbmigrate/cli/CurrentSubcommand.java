package org.dbmigrate.cli;

import org.dbmigrate.command.CurrentCommand;
import org.dbmigrate.command.json.JsonViews;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "current", description = "Show the database's current revision(s); -v for full entries.")
final class CurrentSubcommand extends DbManageSubcommand {

    @Mixin
    OutputFormat format;

    @Override
    public Integer call() {
        if (format.json()) {
            return print(new JsonViews(migrator().context()).current());
        }
        return print(migrator().current(new CurrentCommand.Options(globalOptions().verbose())));
    }
}
