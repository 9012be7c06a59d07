package org.dbmigrate.maven;

import java.io.File;
import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.dbmigrate.Migrator;
import org.dbmigrate.command.CommandResult;
import org.dbmigrate.command.RevisionCommand;

/**
 * Writes a new revision file from the template ({@code script.sql.vm} in the script
 * location, else the built-in one) and moves {@code versions/HEAD} to it.
 *
 * @since 0.1.0
 */
@Mojo(name = "revision", threadSafe = true, requiresDependencyResolution = ResolutionScope.COMPILE)
public class RevisionMojo extends AbstractMigrateMojo {

    /**
     * The message: first line of the file and, slugged, its name ({@code 002_add_users.sql}).
     *
     * @since 0.1.0
     */
    @Parameter(property = "message")
    private String message;

    /**
     * Fill the upgrade and downgrade sections from the difference between the model and the database.
     *
     * @since 0.1.0
     */
    @Parameter(property = "autogenerate", defaultValue = "false")
    private boolean autogenerate;

    /**
     * Id of the new revision instead of the next one.
     *
     * @since 0.1.0
     */
    @Parameter(property = "revId")
    private String revId;

    /**
     * The head (or {@code label@head}) the new revision revises; default {@code head}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "head")
    private String head;

    /**
     * Allow {@code -Dhead} to name a revision that is not a head, starting a new branch.
     *
     * @since 0.1.0
     */
    @Parameter(property = "splice", defaultValue = "false")
    private boolean splice;

    /**
     * Branch label(s) of the new revision, comma-separated.
     *
     * @since 0.1.0
     */
    @Parameter(property = "branchLabel")
    private String branchLabel;

    /**
     * Revision(s) the new one depends on without revising them, comma-separated.
     *
     * @since 0.1.0
     */
    @Parameter(property = "dependsOn")
    private String dependsOn;

    /**
     * Version folder that receives the file, one of the version locations.
     *
     * @since 0.1.0
     */
    @Parameter(property = "versionPath")
    private File versionPath;

    /** The project's classes and dependencies, where a {@code jpa:} model's entities are found (autogenerate). */
    @Parameter(defaultValue = "${project.compileClasspathElements}", readonly = true, required = true)
    private List<String> classpathElements;

    @Override
    protected CommandResult run(Migrator migrator) throws Exception {
        return migrator.withModelClasspath(ModelClasspath.of(classpathElements)).revision(new RevisionCommand.Options(message, autogenerate, revId, head, splice,
                ListArgument.split(branchLabel), ListArgument.split(dependsOn),
                versionPath == null ? null : versionPath.toPath(), null));
    }
}
