package org.dbmigrate.maven;

import java.util.Map;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.dbmigrate.Migrator;
import org.dbmigrate.command.CommandResult;
import org.dbmigrate.command.StatusCommand;
import org.dbmigrate.error.MigrationError;
import org.dbmigrate.fleet.FleetResult;
import org.dbmigrate.fleet.FleetTasks;

/**
 * Shows the current revisions, the pending ones in the order upgrade runs them, and revision files
 * that are missing or changed since they ran. Passes whatever it finds unless {@code -DfailOnPending}.
 *
 * @since 0.1.0
 */
@Mojo(name = "status", threadSafe = true)
public class StatusMojo extends AbstractFormatMojo {

    /**
     * Fail the build unless the database is at head with no missing or changed file (what
     * {@code db-manage status} exits non-zero for).
     *
     * @since 0.1.0
     */
    @Parameter(property = "failOnPending", defaultValue = "false")
    private boolean failOnPending;

    private StatusCommand.Result status;

    private FleetResult fleet;

    @Override
    protected CommandResult run(Migrator migrator) throws Exception {
        if (FleetGoal.applies(migrator)) {
            fleet = FleetGoal.execute(migrator, "status", FleetTasks.status(), getLog());
            return FleetGoal.report(fleet, json(), getLog());
        }
        status = migrator.status(new StatusCommand.Options());
        return json() ? print(migrator.json().of(status)) : status;
    }

    @Override
    protected void verify(CommandResult result) {
        if (!failOnPending) {
            return;
        }
        if (fleet != null) {
            Map<String, Integer> states = fleet.byState();
            int behind = fleet.outcomes().size() - states.getOrDefault(FleetTasks.UP_TO_DATE, 0);
            if (behind > 0) {
                throw new MigrationError(behind + " of " + fleet.outcomes().size() + " targets are not at head or have"
                        + " missing or changed files (listed above); run migrate:upgrade, or restore the files");
            }
            return;
        }
        switch (status.state()) {
            case PENDING -> throw new MigrationError("The database is not at head: " + status.pending().size()
                    + " revision(s) pending (listed above); run migrate:upgrade");
            case PROBLEM -> throw new MigrationError("Revision files are missing or changed (listed above); restore"
                    + " them before upgrading");
            default -> {
            }
        }
    }
}
