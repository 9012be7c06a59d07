package org.dbmigrate.command;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import org.dbmigrate.error.MigrationError;
import org.dbmigrate.script.RevisionGenerator;
import org.dbmigrate.script.ScriptDirectory;

/** {@code revision -m MSG ...}: write a new revision file from the Velocity template. */
public final class RevisionCommand {

    private final CommandContext context;

    public RevisionCommand(CommandContext context) {
        this.context = context;
    }

    /**
     * @param head     parent identifier: {@code head} when null, {@code base} for a new base,
     *                 an id or prefix, {@code label@head}
     * @param template {@code null} or {@code sql}: a SQL revision from script.sql.vm
     */
    public record Options(String message, boolean autogenerate, String revId, String head, boolean splice, List<String> branchLabels, List<String> dependsOn, java.nio.file.Path versionPath, String template) {
    }

    public record Result(java.nio.file.Path file, String id, List<String> lines) implements CommandResult {
    }

    public Result run(Options options) {
        if (options.autogenerate()) {
            throw new MigrationError("--autogenerate is not available yet (it comes with schema comparison in a later"
                    + " release); run 'revision' without it and write the statements by hand");
        }
        if (options.template() != null && !options.template().equals("sql")) {
            throw new MigrationError("unknown revision template '" + options.template() + "'; the only template is 'sql'");
        }
        ScriptDirectory directory = ScriptDirectory.load(context.config());
        RevisionGenerator.Generated generated = RevisionGenerator.generate(directory,
                new RevisionGenerator.Request(options.message(), options.revId(),
                        options.head() == null ? null : List.of(options.head()), options.splice(),
                        options.branchLabels(), options.dependsOn(), options.versionPath(), "", ""),
                context.clock(), new SecureRandom());
        generated.directory().updateHeadFile().ifPresent(context.listener()::warn);
        return new Result(generated.file(), generated.id(), List.of(generatingLine(generated.file())));
    }

    /** Alembic's status line for a written file. */
    static String generatingLine(Path file) {
        return "Generating " + file.toAbsolutePath() + " ...  done";
    }
}
