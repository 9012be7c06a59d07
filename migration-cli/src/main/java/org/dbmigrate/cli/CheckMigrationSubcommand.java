package org.dbmigrate.cli;

import picocli.CommandLine.Command;

@Command(name = "check_migration", aliases = "check-migration",
        description = "Fail on several heads, a missing or stale versions/HEAD, or a changed applied file.")
final class CheckMigrationSubcommand extends DbManageSubcommand {

    @Override
    public Integer call() {
        return print(migrator().checkMigration());
    }
}
