package org.dbmigrate.command;

import java.util.List;

/** {@code show <rev>}: one revision in full. */
public final class ShowCommand {

    private final CommandContext context;

    public ShowCommand(CommandContext context) {
        this.context = context;
    }

    public record Options(String target) {
    }

    public record Result(List<String> lines) implements CommandResult {
    }

    public Result run(Options options) {
        throw new UnsupportedOperationException("Show is not built yet");
    }
}
