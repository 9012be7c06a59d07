package org.dbmigrate.maven;

import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.dbmigrate.Migrator;
import org.dbmigrate.command.CommandResult;
import org.dbmigrate.command.json.JsonViews;
import org.dbmigrate.command.HistoryCommand;

/**
 * Lists the revision graph, newest first.
 *
 * @since 0.1.0
 */
@Mojo(name = "history", threadSafe = true)
public class HistoryMojo extends AbstractMigrateMojo {

    /**
     * Only revisions in {@code start:end} (either side may be empty).
     *
     * @since 0.1.0
     */
    @Parameter(property = "range")
    private String range;

    /**
     * Show every field of each revision.
     *
     * @since 0.1.0
     */
    @Parameter(property = "verbose", defaultValue = "false")
    private boolean verbose;

    /**
     * Read the database and mark its current revision(s).
     *
     * @since 0.1.0
     */
    @Parameter(property = "indicateCurrent", defaultValue = "false")
    private boolean indicateCurrent;

    /**
     * {@code json} prints one line of JSON on standard output instead of the text (shapes in the README).
     *
     * @since 0.1.0
     */
    @Parameter(property = "format", defaultValue = "text")
    private String format;

    @Override
    protected CommandResult run(Migrator migrator) throws Exception {
        if (JsonFormat.requested(format)) {
            return JsonFormat.print(new JsonViews(migrator.context()).history(range, indicateCurrent));
        }
        return migrator.history(new HistoryCommand.Options(range, verbose, indicateCurrent));
    }
}
