package org.dbmigrate.command;

import java.util.List;

/** {@code revision -m MSG ...}: write a new revision file from the Velocity template. */
public final class RevisionCommand {

    private final CommandContext context;

    public RevisionCommand(CommandContext context) {
        this.context = context;
    }

    public record Options(String message, boolean autogenerate, String revId, String head, boolean splice, List<String> branchLabels, List<String> dependsOn, java.nio.file.Path versionPath, String template) {
    }

    public record Result(java.nio.file.Path file, String id, List<String> lines) implements CommandResult {
    }

    public Result run(Options options) {
        throw new UnsupportedOperationException("Revision is not built yet");
    }
}
