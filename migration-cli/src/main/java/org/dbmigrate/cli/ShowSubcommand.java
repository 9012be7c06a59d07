package org.dbmigrate.cli;

import org.dbmigrate.command.ShowCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "show", description = "Show one revision in full.")
final class ShowSubcommand extends DbManageSubcommand {

    @Parameters(paramLabel = "REV", description = "an id, a prefix, head, label@head...")
    String target;

    @Mixin
    OutputFormat format;

    @Override
    public Integer call() {
        if (format.json()) {
            return print(migrator().json().show(target));
        }
        return print(migrator().show(new ShowCommand.Options(target)));
    }
}
