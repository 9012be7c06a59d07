package org.dbmigrate.maven;

import org.apache.maven.plugins.annotations.Mojo;
import org.dbmigrate.JsonReports;
import org.dbmigrate.Migrator;
import org.dbmigrate.command.BranchesCommand;
import org.dbmigrate.command.CommandResult;
import org.dbmigrate.command.JsonResult;

/**
 * Lists the branch points of the graph and their children.
 *
 * @since 0.1.0
 */
@Mojo(name = "branches", threadSafe = true)
public class BranchesMojo extends AbstractViewMojo {

    @Override
    protected JsonResult json(JsonReports views) {
        return views.branches();
    }

    @Override
    protected CommandResult text(Migrator migrator, boolean verbose) {
        return migrator.branches(new BranchesCommand.Options(verbose));
    }
}
