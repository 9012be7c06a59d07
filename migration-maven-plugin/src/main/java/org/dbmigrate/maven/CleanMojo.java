package org.dbmigrate.maven;

import org.apache.maven.plugins.annotations.Mojo;
import org.dbmigrate.Migrator;
import org.dbmigrate.command.CommandResult;

/**
 * Drops every object in the configured schemas ({@code schemas}, else {@code default_schema}, else
 * the connection's own); refused unless {@code clean_enabled = true}. On a database that is not
 * local, confirm with {@code -Dyes}.
 *
 * @since 0.2.0
 */
@Mojo(name = "clean", threadSafe = true)
public class CleanMojo extends AbstractMigrateMojo {

    @Override
    protected CommandResult run(Migrator migrator) throws Exception {
        return migrator.clean();
    }
}
