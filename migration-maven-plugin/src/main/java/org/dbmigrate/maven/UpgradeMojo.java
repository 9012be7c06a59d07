package org.dbmigrate.maven;

import java.io.File;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.dbmigrate.Migrator;
import org.dbmigrate.command.CommandResult;
import org.dbmigrate.command.UpgradeCommand;
import org.dbmigrate.fleet.FleetTasks;

/**
 * Applies revisions up to {@code -Dtarget} ({@code head} when not given); with {@code -Dsql},
 * writes the script instead ({@code -Dtarget=start:end} allowed).
 *
 * @since 0.1.0
 */
@Mojo(name = "upgrade", threadSafe = true)
public class UpgradeMojo extends AbstractMigrateMojo {

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

    /**
     * Accept applied revisions whose file changed since: record their new checksums.
     *
     * @since 0.1.0
     */
    @Parameter(property = "acceptChanged", defaultValue = "false")
    private boolean acceptChanged;

    @Override
    protected CommandResult run(Migrator migrator) throws Exception {
        if (FleetGoal.applies(migrator) && !sql) {
            return FleetGoal.run(migrator, "upgrade", FleetTasks.upgrade(
                    new UpgradeCommand.Options(target, delta, false, null, acceptChanged)), false, getLog());
        }
        try (SqlOutput out = SqlOutput.open(sql, output, getLog())) {
            return migrator.upgrade(new UpgradeCommand.Options(target, delta, sql, out.appendable(), acceptChanged));
        }
    }
}
