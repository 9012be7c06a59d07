package org.dbmigrate.maven;

import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.dbmigrate.Migrator;
import org.dbmigrate.command.BranchesCommand;
import org.dbmigrate.command.CommandResult;

/**
 * Lists the branch points of the graph and their children.
 *
 * @since 0.1.0
 */
@Mojo(name = "branches", threadSafe = true)
public class BranchesMojo extends AbstractMigrateMojo {

    /**
     * Show every field of each revision.
     *
     * @since 0.1.0
     */
    @Parameter(property = "verbose", defaultValue = "false")
    private boolean verbose;

    @Override
    protected CommandResult run(Migrator migrator) throws Exception {
        return migrator.branches(new BranchesCommand.Options(verbose));
    }
}
