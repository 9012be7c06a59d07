package org.dbmigrate.maven;

import java.io.File;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.dbmigrate.Migrator;
import org.dbmigrate.command.CommandResult;
import org.dbmigrate.command.DowngradeCommand;
import org.dbmigrate.fleet.FleetTasks;

/**
 * Reverts revisions down to {@code -Dtarget} (or {@code -Ddelta} steps); refused when the
 * config says {@code downgrade = false}. With {@code -Dsql}, {@code -Dtarget=start:end} is needed.
 *
 * @since 0.1.0
 */
@Mojo(name = "downgrade", threadSafe = true)
public class DowngradeMojo extends AbstractMigrateMojo {

    /**
     * Revision to downgrade to: an id, a prefix, {@code base}, {@code -N}; {@code start:end} with {@code -Dsql}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "target")
    private String target;

    /**
     * Downgrade this many revisions from the current state, as {@code -Dtarget=-N}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "delta")
    private Integer delta;

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
            return FleetGoal.run(migrator, "downgrade", FleetTasks.downgrade(
                    new DowngradeCommand.Options(target, delta, false, null)), false, getLog());
        }
        try (SqlOutput out = SqlOutput.open(sql, output, getLog())) {
            return migrator.downgrade(new DowngradeCommand.Options(target, delta, sql, out.appendable()));
        }
    }
}
