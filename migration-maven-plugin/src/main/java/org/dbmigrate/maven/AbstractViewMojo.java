package org.dbmigrate.maven;

import org.apache.maven.plugins.annotations.Parameter;
import org.dbmigrate.Migrator;
import org.dbmigrate.command.CommandResult;
import org.dbmigrate.command.json.JsonResult;
import org.dbmigrate.command.json.JsonViews;

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
        return json() ? print(json(new JsonViews(migrator.context()))) : text(migrator, verbose);
    }

    protected abstract JsonResult json(JsonViews views);

    protected abstract CommandResult text(Migrator migrator, boolean verbose);
}
