package org.dbmigrate.command;

import java.util.List;

/** {@code heads [-v]}. */
public final class HeadsCommand {

    private final CommandContext context;

    public HeadsCommand(CommandContext context) {
        this.context = context;
    }

    public record Options(boolean verbose) {
    }

    public record Result(List<String> heads, List<String> lines) implements CommandResult {
    }

    public Result run(Options options) {
        throw new UnsupportedOperationException("Heads is not built yet");
    }
}
