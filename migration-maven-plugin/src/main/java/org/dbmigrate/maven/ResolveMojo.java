package org.dbmigrate.maven;

import java.util.Locale;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.dbmigrate.Migrator;
import org.dbmigrate.command.CommandResult;
import org.dbmigrate.command.ResolveCommand;

/**
 * Settles {@code -Dtarget}, a revision an interrupted run left unfinished, once it has been finished
 * by hand ({@code -Dapplied=true}: the version table moves as the revision would have moved it) or
 * undone by hand ({@code -Dapplied=false}: the next run starts it again from its first statement).
 *
 * @since 0.1.0
 */
@Mojo(name = "resolve", threadSafe = true)
public class ResolveMojo extends AbstractMigrateMojo {

    /**
     * The unfinished revision's id, as the refusing run named it.
     *
     * @since 0.1.0
     */
    @Parameter(property = "target", required = true)
    private String target;

    /**
     * {@code true}: finished by hand; {@code false}: undone by hand. No default: the choice is the user's.
     *
     * @since 0.1.0
     */
    @Parameter(property = "applied", required = true)
    private String applied;

    @Override
    protected CommandResult run(Migrator migrator) throws Exception {
        boolean done = switch (applied.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new MojoFailureException("-Dapplied=" + applied + " is not valid; use -Dapplied=true when"
                    + " the revision was finished by hand, -Dapplied=false when what it did was undone");
        };
        return migrator.resolve(new ResolveCommand.Options(target, done));
    }
}
