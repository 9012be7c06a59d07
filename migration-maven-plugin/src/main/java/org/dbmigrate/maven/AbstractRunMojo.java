package org.dbmigrate.maven;

import java.io.File;
import org.apache.maven.plugins.annotations.Parameter;
import org.dbmigrate.JsonReports;
import org.dbmigrate.Migrator;
import org.dbmigrate.command.CommandResult;
import org.dbmigrate.command.RunResult;
import org.dbmigrate.fleet.TargetTask;

/**
 * upgrade, downgrade and stamp: they run on the database, or write offline SQL with {@code -Dsql}
 * (to {@code -Doutput} or standard output), and end with a summary line or, with
 * {@code -Dformat=json}, the run as JSON.
 */
public abstract class AbstractRunMojo extends AbstractFormatMojo {

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
    protected final CommandResult run(Migrator migrator) throws Exception {
        if (!sql && FleetGoal.applies(migrator)) {
            return FleetGoal.run(migrator, command(), fleetTask(), json(), getLog());
        }
        JsonReports.refuseWithSql(json(), sql);
        try (SqlOutput out = SqlOutput.open(sql, output, getLog())) {
            RunResult result = run(migrator, sql, out.appendable());
            return json() ? print(JsonReports.of(result.report())) : result;
        }
    }

    /** Runs the command; {@code sqlOut} is where offline SQL goes (null unless {@code sql}). */
    protected abstract RunResult run(Migrator migrator, boolean sql, Appendable sqlOut);

    /** {@code upgrade}, {@code downgrade} or {@code stamp}: the command's name in fleet summaries. */
    protected abstract String command();

    /** The same command on each target of a fleet ({@code -Dmigrate.targets}, {@code [targets]}). */
    protected abstract TargetTask fleetTask();
}
