package org.dbmigrate.cli;

import org.dbmigrate.command.BranchesCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "branches", description = "Show the branch points and their children; -v for full entries.")
final class BranchesSubcommand extends DbManageSubcommand {

    @Mixin
    OutputFormat format;

    @Override
    public Integer call() {
        if (format.json()) {
            return print(migrator().json().branches());
        }
        return print(migrator().branches(new BranchesCommand.Options(globalOptions().verbose())));
    }
}
