package org.dbmigrate.cli;

import org.dbmigrate.command.ShowCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "show", description = "Show one revision in full.")
final class ShowSubcommand extends DbManageSubcommand {

    @Parameters(paramLabel = "REV", description = "an id, a prefix, head, label@head...")
    String target;

    @Override
    public Integer call() {
        return print(migrator().show(new ShowCommand.Options(target)));
    }
}
