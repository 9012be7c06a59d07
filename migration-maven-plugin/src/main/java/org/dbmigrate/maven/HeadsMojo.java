package org.dbmigrate.maven;

import org.apache.maven.plugins.annotations.Mojo;
import org.dbmigrate.JsonReports;
import org.dbmigrate.Migrator;
import org.dbmigrate.command.CommandResult;
import org.dbmigrate.command.HeadsCommand;
import org.dbmigrate.command.JsonResult;

/**
 * Lists the head revisions of the graph.
 *
 * @since 0.1.0
 */
@Mojo(name = "heads", threadSafe = true)
public class HeadsMojo extends AbstractViewMojo {

    @Override
    protected JsonResult json(JsonReports views) {
        return views.heads();
    }

    @Override
    protected CommandResult text(Migrator migrator, boolean verbose) {
        return migrator.heads(new HeadsCommand.Options(verbose));
    }
}
