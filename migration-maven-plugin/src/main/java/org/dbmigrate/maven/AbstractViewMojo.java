package org.dbmigrate.maven;

import java.util.Locale;
import org.apache.maven.plugins.annotations.Parameter;
import org.dbmigrate.JsonReports;
import org.dbmigrate.Migrator;
import org.dbmigrate.command.CommandResult;
import org.dbmigrate.command.JsonResult;
import org.dbmigrate.fleet.TargetTask;

/** The graph views with a short and a full form ({@code -Dverbose}) and a JSON form ({@code -Dformat=json}). */
public abstract class AbstractViewMojo extends AbstractFormatMojo {

    /**
     * Show every field of each revision.
     *
     * @since 0.1.0
     */
    @Parameter(property = "verbose", defaultValue = "false")
    private boolean verbose;

    @Override
    protected final CommandResult run(Migrator migrator) throws Exception {
        TargetTask fleetTask = fleetTask(verbose);
        if (fleetTask != null && FleetGoal.applies(migrator)) {
            return FleetGoal.run(migrator, goalName(), fleetTask, json(), getLog());
        }
        return json() ? print(json(migrator.json())) : text(migrator, verbose);
    }

    /** The view on each target of a fleet; null for views of the files alone, which a fleet shares. */
    protected TargetTask fleetTask(boolean verbose) {
        return null;
    }

    /** The goal's name in fleet summaries. */
    protected String goalName() {
        return getClass().getSimpleName().replace("Mojo", "").toLowerCase(Locale.ROOT);
    }

    protected abstract JsonResult json(JsonReports views);

    protected abstract CommandResult text(Migrator migrator, boolean verbose);
}
