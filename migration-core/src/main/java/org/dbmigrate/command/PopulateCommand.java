package org.dbmigrate.command;

import java.util.List;

/** {@code populate [--force]}: run populate/*.sql whose checksum changed, in name order, each in its own transaction. */
public final class PopulateCommand {

    private final CommandContext context;

    public PopulateCommand(CommandContext context) {
        this.context = context;
    }

    public record Options(boolean force) {
    }

    public record Result(List<String> ran, List<String> lines) implements CommandResult {
    }

    public Result run(Options options) {
        throw new UnsupportedOperationException("Populate is not built yet");
    }
}
