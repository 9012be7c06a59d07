package org.dbmigrate.maven;

import org.apache.maven.plugins.annotations.Mojo;
import org.dbmigrate.Migrator;
import org.dbmigrate.command.CommandResult;
import org.dbmigrate.fleet.FleetTasks;

/**
 * Fails when the timeline branches (more than one head), when {@code versions/HEAD} is
 * missing or stale, or when an applied revision file changed. For CI.
 *
 * @since 0.1.0
 */
@Mojo(name = "check-migration", threadSafe = true)
public class CheckMigrationMojo extends AbstractMigrateMojo {

    @Override
    protected CommandResult run(Migrator migrator) throws Exception {
        if (FleetGoal.applies(migrator)) {
            return FleetGoal.run(migrator, "check-migration", FleetTasks.checkMigration(), false, getLog());
        }
        return migrator.checkMigration();
    }
}
