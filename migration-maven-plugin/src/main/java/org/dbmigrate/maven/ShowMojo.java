package org.dbmigrate.maven;

import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.dbmigrate.Migrator;
import org.dbmigrate.command.CommandResult;
import org.dbmigrate.command.ShowCommand;

/**
 * Shows one revision in full.
 *
 * @since 0.1.0
 */
@Mojo(name = "show", threadSafe = true)
public class ShowMojo extends AbstractFormatMojo {

    /**
     * The revision to show: an id, a prefix, {@code head}, {@code label@head}...
     *
     * @since 0.1.0
     */
    @Parameter(property = "target", required = true)
    private String target;

    @Override
    protected CommandResult run(Migrator migrator) throws Exception {
        if (json()) {
            return print(migrator.json().show(target));
        }
        return migrator.show(new ShowCommand.Options(target));
    }
}
