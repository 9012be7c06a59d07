package org.dbmigrate.command;

import java.util.List;

/** {@code merge <revs> -m MSG}: write a merge revision. */
public final class MergeCommand {

    private final CommandContext context;

    public MergeCommand(CommandContext context) {
        this.context = context;
    }

    public record Options(List<String> revisions, String message, String revId, List<String> branchLabels) {
    }

    public record Result(java.nio.file.Path file, String id, List<String> lines) implements CommandResult {
    }

    public Result run(Options options) {
        throw new UnsupportedOperationException("Merge is not built yet");
    }
}
