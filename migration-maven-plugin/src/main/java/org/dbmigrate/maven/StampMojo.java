package org.dbmigrate.maven;

import java.io.File;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.dbmigrate.Migrator;
import org.dbmigrate.command.CommandResult;
import org.dbmigrate.command.StampCommand;
import org.dbmigrate.fleet.FleetTasks;

/**
 * Sets the version table to {@code -Dtarget} without running migrations, e.g. to adopt an
 * existing database ({@code -Dtarget=icehouse}).
 *
 * @since 0.1.0
 */
@Mojo(name = "stamp", threadSafe = true)
public class StampMojo extends AbstractMigrateMojo {

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

    /**
     * Write the SQL instead of running it (offline mode), to {@code -Doutput} or standard output.
     *
     * @since 0.1.0
     */
    @Parameter(property = "sql", defaultValue = "false")
    private boolean sql;

    /**
     * File that receives the offline SQL of {@code -Dsql}; relative to the project folder.
     *
     * @since 0.1.0
     */
    @Parameter(property = "output")
    private File output;

    @Override
    protected CommandResult run(Migrator migrator) throws Exception {
        if (FleetGoal.applies(migrator) && !sql) {
            return FleetGoal.run(migrator, "stamp", FleetTasks.stamp(
                    new StampCommand.Options(ListArgument.split(target), purge, false, null)), false, getLog());
        }
        try (SqlOutput out = SqlOutput.open(sql, output, getLog())) {
            return migrator.stamp(new StampCommand.Options(ListArgument.split(target), purge, sql, out.appendable()));
        }
    }
}
