package org.dbmigrate.cli;

import org.dbmigrate.config.JdbcUrls;
import org.dbmigrate.fleet.FleetTasks;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "check_migration", aliases = "check-migration",
        description = "Fail on several heads, a missing or stale versions/HEAD, or a changed applied file.")
final class CheckMigrationSubcommand extends DbManageSubcommand {

    @Mixin
    FleetOptions fleet;

    @Mixin
    OutputFormat format;

    @Override
    public Integer call() {
        if (fleet.active() || format.json()) {
            return fleet.active() ? fleet.run("check-migration", FleetTasks.checkMigration(), format.json(), false)
                    : fleet.runOne(JdbcUrls.redact(config().url()), "check-migration", FleetTasks.checkMigration());
        }
        return print(migrator().checkMigration());
    }
}
