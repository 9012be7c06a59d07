package org.dbmigrate.command;

import java.util.List;

/** {@code history [-r start:end] [-v] [-i]}: the graph, newest first; -i reads the database to mark (current). */
public final class HistoryCommand {

    private final CommandContext context;

    public HistoryCommand(CommandContext context) {
        this.context = context;
    }

    public record Options(String range, boolean verbose, boolean indicateCurrent) {
    }

    public record Result(List<String> lines) implements CommandResult {
    }

    public Result run(Options options) {
        throw new UnsupportedOperationException("History is not built yet");
    }
}
