package org.dbmigrate.maven;

import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.dbmigrate.JsonReports;
import org.dbmigrate.Migrator;
import org.dbmigrate.command.CommandResult;
import org.dbmigrate.command.HistoryCommand;
import org.dbmigrate.command.JsonResult;

/**
 * Lists the revision graph, newest first.
 *
 * @since 0.1.0
 */
@Mojo(name = "history", threadSafe = true)
public class HistoryMojo extends AbstractViewMojo {

    /**
     * Only revisions in {@code start:end} (either side may be empty).
     *
     * @since 0.1.0
     */
    @Parameter(property = "range")
    private String range;

    /**
     * Read the database and mark its current revision(s).
     *
     * @since 0.1.0
     */
    @Parameter(property = "indicateCurrent", defaultValue = "false")
    private boolean indicateCurrent;

    @Override
    protected JsonResult json(JsonReports views) {
        return views.history(range, indicateCurrent);
    }

    @Override
    protected CommandResult text(Migrator migrator, boolean verbose) {
        return migrator.history(new HistoryCommand.Options(range, verbose, indicateCurrent));
    }
}
