package org.dbmigrate.maven;

import org.apache.maven.plugins.annotations.Mojo;
import org.dbmigrate.JsonReports;
import org.dbmigrate.Migrator;
import org.dbmigrate.command.CommandResult;
import org.dbmigrate.command.CurrentCommand;
import org.dbmigrate.command.JsonResult;
import org.dbmigrate.fleet.FleetTasks;
import org.dbmigrate.fleet.TargetTask;

/**
 * Shows the revision(s) the database is at, {@code 002 (head)}.
 *
 * @since 0.1.0
 */
@Mojo(name = "current", threadSafe = true)
public class CurrentMojo extends AbstractViewMojo {

    @Override
    protected JsonResult json(JsonReports views) {
        return views.current();
    }

    @Override
    protected TargetTask fleetTask(boolean verbose) {
        return FleetTasks.current(new CurrentCommand.Options(verbose));
    }

    @Override
    protected CommandResult text(Migrator migrator, boolean verbose) {
        return migrator.current(new CurrentCommand.Options(verbose));
    }
}
