package org.dbmigrate.maven;

import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.dbmigrate.Migrator;
import org.dbmigrate.command.RunResult;
import org.dbmigrate.command.UpgradeCommand;
import org.dbmigrate.fleet.FleetTasks;
import org.dbmigrate.fleet.TargetTask;

/**
 * Applies revisions up to {@code -Dtarget} ({@code head} when not given); with {@code -Dsql},
 * writes the script instead ({@code -Dtarget=start:end} allowed). Bound in a POM without a
 * {@code <phase>}, it runs in {@code pre-integration-test}, as Flyway's {@code migrate} does.
 *
 * @since 0.1.0
 */
@Mojo(name = "upgrade", threadSafe = true, defaultPhase = LifecyclePhase.PRE_INTEGRATION_TEST)
public class UpgradeMojo extends AbstractRunMojo {

    /**
     * Revision to upgrade to: an id, a unique prefix of 4+ characters, {@code head}, {@code heads},
     * {@code label@head}, {@code +N}; {@code start:end} with {@code -Dsql}. Default {@code head}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "target")
    private String target;

    /**
     * Upgrade this many revisions from the current state, as {@code -Dtarget=+N}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "delta")
    private Integer delta;

    /**
     * Accept applied revisions whose file changed since: record their new checksums.
     *
     * @since 0.1.0
     */
    @Parameter(property = "acceptChanged", defaultValue = "false")
    private boolean acceptChanged;

    @Override
    protected RunResult run(Migrator migrator, boolean sql, Appendable sqlOut) {
        return migrator.upgrade(new UpgradeCommand.Options(target, delta, sql, sqlOut, acceptChanged));
    }

    @Override
    protected String command() {
        return "upgrade";
    }

    @Override
    protected TargetTask fleetTask() {
        return FleetTasks.upgrade(new UpgradeCommand.Options(target, delta, false, null, acceptChanged));
    }
}
