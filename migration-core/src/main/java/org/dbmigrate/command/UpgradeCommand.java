package org.dbmigrate.command;

import java.util.List;

/**
 * {@code upgrade [target] [--delta N] [--sql] [--accept-changed]}: apply revisions up to target (default
 * head); with sql, write the script to sqlOut instead (target may then be start:end). An applied
 * revision whose file changed stops the run unless acceptChanged, which records the new checksums.
 */
public final class UpgradeCommand {

    private final CommandContext context;

    public UpgradeCommand(CommandContext context) {
        this.context = context;
    }

    public record Options(String target, Integer delta, boolean sql, Appendable sqlOut, boolean acceptChanged) {
    }

    public record Result(org.dbmigrate.graph.Plan plan, List<String> lines) implements CommandResult {
    }

    public Result run(Options options) {
        throw new UnsupportedOperationException("Upgrade is not built yet");
    }
}
