package org.dbmigrate.command;

import java.util.List;

/** {@code stamp <rev>... [--purge] [--sql]}: set the version table without running migrations. */
public final class StampCommand {

    private final CommandContext context;

    public StampCommand(CommandContext context) {
        this.context = context;
    }

    public record Options(List<String> targets, boolean purge, boolean sql, Appendable sqlOut) {
    }

    public record Result(List<org.dbmigrate.graph.VersionChange> changes, List<String> lines) implements CommandResult {
    }

    public Result run(Options options) {
        throw new UnsupportedOperationException("Stamp is not built yet");
    }
}
