package org.dbmigrate.maven;

import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.dbmigrate.Migrator;
import org.dbmigrate.command.CommandResult;
import org.dbmigrate.command.LogCommand;

/**
 * Lists the rows of the history table (revision, direction, when, by whom, duration, success),
 * newest first.
 *
 * @since 0.1.0
 */
@Mojo(name = "log", threadSafe = true)
public class LogMojo extends AbstractFormatMojo {

    /**
     * Only the newest this many rows.
     *
     * @since 0.1.0
     */
    @Parameter(property = "limit")
    private Integer limit;

    @Override
    protected CommandResult run(Migrator migrator) throws Exception {
        LogCommand.Result log = migrator.log(new LogCommand.Options(limit));
        return json() ? print(migrator.json().of(log)) : log;
    }
}
