package org.dbmigrate.maven;

import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.dbmigrate.Migrator;
import org.dbmigrate.command.CommandResult;
import org.dbmigrate.command.json.JsonViews;
import org.dbmigrate.command.HeadsCommand;

/**
 * Lists the head revisions of the graph.
 *
 * @since 0.1.0
 */
@Mojo(name = "heads", threadSafe = true)
public class HeadsMojo extends AbstractMigrateMojo {

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
        if (JsonFormat.requested(format)) {
            return JsonFormat.print(new JsonViews(migrator.context()).heads());
        }
        return migrator.heads(new HeadsCommand.Options(verbose));
    }
}
