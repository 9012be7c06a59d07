package org.dbmigrate.maven;

import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.dbmigrate.Migrator;
import org.dbmigrate.command.CommandResult;
import org.dbmigrate.command.json.JsonViews;
import org.dbmigrate.command.CurrentCommand;
import org.dbmigrate.fleet.FleetTasks;

/**
 * Shows the revision(s) the database is at, {@code 002 (head)}.
 *
 * @since 0.1.0
 */
@Mojo(name = "current", threadSafe = true)
public class CurrentMojo extends AbstractMigrateMojo {

    /**
     * Show every field of each revision.
     *
     * @since 0.1.0
     */
    @Parameter(property = "verbose", defaultValue = "false")
    private boolean verbose;

    /**
     * {@code json} prints one line of JSON on standard output instead of the text (shapes in the README).
     *
     * @since 0.1.0
     */
    @Parameter(property = "format", defaultValue = "text")
    private String format;

    @Override
    protected CommandResult run(Migrator migrator) throws Exception {
        if (FleetGoal.applies(migrator)) {
            return FleetGoal.run(migrator, "current", FleetTasks.current(new CurrentCommand.Options(verbose)),
                    JsonFormat.requested(format), getLog());
        }
        if (JsonFormat.requested(format)) {
            return JsonFormat.print(new JsonViews(migrator.context()).current());
        }
        return migrator.current(new CurrentCommand.Options(verbose));
    }
}
