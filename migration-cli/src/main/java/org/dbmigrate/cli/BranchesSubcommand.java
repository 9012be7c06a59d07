package org.dbmigrate.cli;

import org.dbmigrate.command.BranchesCommand;
import picocli.CommandLine.Command;

@Command(name = "branches", description = "Show the branch points and their children; -v for full entries.")
final class BranchesSubcommand extends DbManageSubcommand {

    @Override
    public Integer call() {
        return print(migrator().branches(new BranchesCommand.Options(globalOptions().verbose())));
    }
}
