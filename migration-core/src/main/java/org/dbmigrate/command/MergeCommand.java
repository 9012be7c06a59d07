package org.dbmigrate.command;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.dbmigrate.error.MigrationError;
import org.dbmigrate.internal.command.CommandContext;
import org.dbmigrate.internal.script.FolderLock;
import org.dbmigrate.internal.script.RevisionGenerator;
import org.dbmigrate.internal.script.ScriptDirectory;

/** {@code merge <revs> -m MSG}: write a merge revision. */
public final class MergeCommand {

    private final CommandContext context;

    public MergeCommand(CommandContext context) {
        this.context = context;
    }

    /** @param revisions {@code heads} (the default when empty) or ids, prefixes, {@code label@head} */
    public record Options(List<String> revisions, String message, String revId, List<String> branchLabels) {
    }

    public record Result(Path file, String id, List<String> lines) implements CommandResult {
    }

    /** Reads the folder and writes the file under the folder's lock, so two at once never share an id. */
    public Result run(Options options) {
        return FolderLock.holding(context.config().versionsDir(), () -> write(options));
    }

    private Result write(Options options) {
        ScriptDirectory directory = context.scripts();
        directory.splitAll();
        List<String> wanted = options.revisions() == null || options.revisions().isEmpty()
                ? List.of("heads") : options.revisions();
        Set<String> parents = new LinkedHashSet<>();
        for (String identifier : wanted) {
            parents.addAll(directory.graph().resolve(identifier, Set.of()));
        }
        if (parents.size() < 2) {
            throw new MigrationError("nothing to merge: '" + String.join(" ", wanted) + "' names " + (parents.isEmpty()
                    ? "no revision" : "only " + parents.iterator().next()) + "; a merge joins two or more heads");
        }
        RevisionGenerator.Generated generated = RevisionGenerator.generate(directory,
                new RevisionGenerator.Request(options.message(), options.revId(), List.copyOf(parents), false,
                        options.branchLabels(), List.of(), null, "", ""),
                context.clock(), new SecureRandom());
        generated.directory().updateHeadFile().ifPresent(context.listener()::warn);
        return new Result(generated.file(), generated.id(), List.of(RevisionCommand.generatingLine(generated.file())));
    }
}
