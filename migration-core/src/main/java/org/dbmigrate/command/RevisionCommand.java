package org.dbmigrate.command;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import org.dbmigrate.internal.command.Autogenerate;
import org.dbmigrate.internal.command.CommandContext;
import org.dbmigrate.internal.script.FolderLock;
import org.dbmigrate.internal.script.RevisionGenerator;
import org.dbmigrate.internal.script.RevisionTemplate;
import org.dbmigrate.internal.script.ScriptDirectory;

/** {@code revision -m MSG ...}: write a new revision file from the Velocity template. */
public final class RevisionCommand {

    private final CommandContext context;

    public RevisionCommand(CommandContext context) {
        this.context = context;
    }

    /**
     * @param head     parent identifier: {@code head} when null, {@code base} for a new base,
     *                 an id or prefix, {@code label@head}
     * @param template {@code sql}: a SQL revision from script.sql.vm; {@code java}: a Java revision
     *                 from script.java.vm; {@code null}: as {@code [migrate] template} says (default sql)
     */
    public record Options(String message, boolean autogenerate, String revId, String head, boolean splice,
            List<String> branchLabels, List<String> dependsOn, Path versionPath, String template) {
    }

    public record Result(Path file, String id, List<String> lines) implements CommandResult {
    }

    /** Reads the folder and writes the file under the folder's lock, so two at once never share an id. */
    public Result run(Options options) {
        return FolderLock.holding(context.config().versionsDir(), () -> write(options));
    }

    private Result write(Options options) {
        RevisionTemplate.Language language = RevisionTemplate.Language.named(
                options.template() != null ? options.template() : context.config().template());
        ScriptDirectory directory = context.scripts();
        directory.splitAll();
        String upgrades = "";
        String downgrades = "";
        if (options.autogenerate()) {
            Autogenerate.Outcome outcome = Autogenerate.generate(context, directory,
                    language == RevisionTemplate.Language.JAVA);
            upgrades = outcome.upgrades();
            downgrades = outcome.downgrades();
        }
        RevisionGenerator.Generated generated = RevisionGenerator.generate(directory,
                new RevisionGenerator.Request(options.message(), options.revId(),
                        options.head() == null ? null : List.of(options.head()), options.splice(),
                        options.branchLabels(), options.dependsOn(), options.versionPath(), upgrades, downgrades, language),
                context.clock(), new SecureRandom());
        generated.directory().updateHeadFile().ifPresent(context.listener()::warn);
        return new Result(generated.file(), generated.id(), List.of(generatingLine(generated.file())));
    }

    /** Alembic's status line for a written file. */
    static String generatingLine(Path file) {
        return "Generating " + file.toAbsolutePath() + " ...  done";
    }
}
