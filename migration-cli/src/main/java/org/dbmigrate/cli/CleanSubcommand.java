package org.dbmigrate.cli;

import picocli.CommandLine.Command;

@Command(name = "clean", description = "Drop every object in the configured schemas; needs clean_enabled = true.")
final class CleanSubcommand extends DbManageSubcommand {

    @Override
    public Integer call() {
        return print(migrator().clean());
    }
}
