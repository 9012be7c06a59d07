package org.dbmigrate.cli;

import org.dbmigrate.command.PopulateCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "populate", description = "Run the reference-data scripts in populate/ whose content changed.")
final class PopulateSubcommand extends DbManageSubcommand {

    @Option(names = "--force", description = "Run every script, changed or not.")
    boolean force;

    @Override
    public Integer call() {
        return print(migrator().populate(new PopulateCommand.Options(force)));
    }
}
