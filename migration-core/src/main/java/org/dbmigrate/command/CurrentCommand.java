package org.dbmigrate.command;

import java.util.List;

/** {@code current [-v]}: the database's version rows, {@code 002 (head)}. */
public final class CurrentCommand {

    private final CommandContext context;

    public CurrentCommand(CommandContext context) {
        this.context = context;
    }

    public record Options(boolean verbose) {
    }

    public record Result(List<String> heads, List<String> lines) implements CommandResult {
    }

    public Result run(Options options) {
        throw new UnsupportedOperationException("Current is not built yet");
    }
}
