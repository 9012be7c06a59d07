package org.dbmigrate.maven;

import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.dbmigrate.Migrator;
import org.dbmigrate.command.DowngradeCommand;
import org.dbmigrate.command.RunResult;
import org.dbmigrate.fleet.FleetTasks;
import org.dbmigrate.fleet.TargetTask;

/**
 * Reverts revisions down to {@code -Dtarget} (or {@code -Ddelta} steps); refused when the
 * config says {@code downgrade = false}. With {@code -Dsql}, {@code -Dtarget=start:end} is needed.
 *
 * @since 0.1.0
 */
@Mojo(name = "downgrade", threadSafe = true)
public class DowngradeMojo extends AbstractRunMojo {

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

    @Override
    protected RunResult run(Migrator migrator, boolean sql, Appendable sqlOut) {
        return migrator.downgrade(new DowngradeCommand.Options(target, delta, sql, sqlOut));
    }

    @Override
    protected String command() {
        return "downgrade";
    }

    @Override
    protected TargetTask fleetTask() {
        return FleetTasks.downgrade(new DowngradeCommand.Options(target, delta, false, null));
    }
}
