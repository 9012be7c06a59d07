package org.dbmigrate.maven;

import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.dbmigrate.Migrator;
import org.dbmigrate.command.CommandResult;
import org.dbmigrate.command.PopulateCommand;

/**
 * Runs the reference-data scripts of {@code populate/} whose content changed.
 *
 * @since 0.1.0
 */
@Mojo(name = "populate", threadSafe = true)
public class PopulateMojo extends AbstractMigrateMojo {

    /**
     * Run every script, changed or not.
     *
     * @since 0.1.0
     */
    @Parameter(property = "force", defaultValue = "false")
    private boolean force;

    @Override
    protected CommandResult run(Migrator migrator) throws Exception {
        return migrator.populate(new PopulateCommand.Options(force));
    }
}
