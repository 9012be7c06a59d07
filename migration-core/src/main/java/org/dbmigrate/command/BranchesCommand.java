package org.dbmigrate.command;

import java.util.List;

/** {@code branches [-v]}: branch points and their children. */
public final class BranchesCommand {

    private final CommandContext context;

    public BranchesCommand(CommandContext context) {
        this.context = context;
    }

    public record Options(boolean verbose) {
    }

    public record Result(List<String> lines) implements CommandResult {
    }

    public Result run(Options options) {
        throw new UnsupportedOperationException("Branches is not built yet");
    }
}
