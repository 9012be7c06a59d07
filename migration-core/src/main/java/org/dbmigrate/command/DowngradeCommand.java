package org.dbmigrate.command;

import java.util.List;

/** {@code downgrade [target] [--delta N] [--sql]}: revert; refused when downgrade = false; sql needs start:end. */
public final class DowngradeCommand {

    private final CommandContext context;

    public DowngradeCommand(CommandContext context) {
        this.context = context;
    }

    public record Options(String target, Integer delta, boolean sql, Appendable sqlOut) {
    }

    public record Result(org.dbmigrate.graph.Plan plan, List<String> lines) implements CommandResult {
    }

    public Result run(Options options) {
        throw new UnsupportedOperationException("Downgrade is not built yet");
    }
}
