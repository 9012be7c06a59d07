package org.dbmigrate.maven;

import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.dbmigrate.Migrator;
import org.dbmigrate.command.RunResult;
import org.dbmigrate.command.StampCommand;
import org.dbmigrate.fleet.FleetTasks;
import org.dbmigrate.fleet.TargetTask;

/**
 * Sets the version table to {@code -Dtarget} without running migrations, e.g. to adopt an
 * existing database ({@code -Dtarget=icehouse}).
 *
 * @since 0.1.0
 */
@Mojo(name = "stamp", threadSafe = true)
public class StampMojo extends AbstractRunMojo {

    /**
     * The revision(s) to stamp, comma-separated for several heads; {@code base} empties the table.
     *
     * @since 0.1.0
     */
    @Parameter(property = "target", required = true)
    private String target;

    /**
     * Delete every row of the version table first, even rows that match no known revision.
     *
     * @since 0.1.0
     */
    @Parameter(property = "purge", defaultValue = "false")
    private boolean purge;

    @Override
    protected RunResult run(Migrator migrator, boolean sql, Appendable sqlOut) {
        return migrator.stamp(new StampCommand.Options(ListArgument.split(target), purge, sql, sqlOut));
    }

    @Override
    protected String command() {
        return "stamp";
    }

    @Override
    protected TargetTask fleetTask() {
        return FleetTasks.stamp(new StampCommand.Options(ListArgument.split(target), purge, false, null));
    }
}
