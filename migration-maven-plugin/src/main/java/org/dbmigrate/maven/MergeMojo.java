package org.dbmigrate.maven;

import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.dbmigrate.Migrator;
import org.dbmigrate.command.CommandResult;
import org.dbmigrate.command.MergeCommand;

/**
 * Writes a merge revision that joins several heads into one.
 *
 * @since 0.1.0
 */
@Mojo(name = "merge", threadSafe = true)
public class MergeMojo extends AbstractMigrateMojo {

    /**
     * The revisions to merge, comma-separated; default {@code heads}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "revisions", defaultValue = "heads")
    private String revisions;

    /**
     * The message of the merge revision.
     *
     * @since 0.1.0
     */
    @Parameter(property = "message")
    private String message;

    /**
     * Id of the merge revision instead of the next one.
     *
     * @since 0.1.0
     */
    @Parameter(property = "revId")
    private String revId;

    /**
     * Branch label(s) of the merge revision, comma-separated.
     *
     * @since 0.1.0
     */
    @Parameter(property = "branchLabel")
    private String branchLabel;

    @Override
    protected CommandResult run(Migrator migrator) throws Exception {
        return migrator.merge(new MergeCommand.Options(ListArgument.split(revisions), message, revId,
                ListArgument.split(branchLabel)));
    }
}
