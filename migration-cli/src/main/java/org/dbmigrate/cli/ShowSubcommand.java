package org.dbmigrate.cli;

import org.dbmigrate.command.ShowCommand;
import org.dbmigrate.internal.command.json.JsonViews;
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
            return print(new JsonViews(migrator().context()).show(target));
        }
        return print(migrator().show(new ShowCommand.Options(target)));
    }
}
