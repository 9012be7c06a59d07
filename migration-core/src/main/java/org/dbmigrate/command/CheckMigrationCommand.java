package org.dbmigrate.command;

import java.util.List;

/** {@code check_migration}: fails (MigrationError) on more than one head, a missing or stale versions/HEAD, or an applied file whose checksum changed. */
public final class CheckMigrationCommand {

    private final CommandContext context;

    public CheckMigrationCommand(CommandContext context) {
        this.context = context;
    }

    public record Options() {
    }

    public record Result(List<String> lines) implements CommandResult {
    }

    public Result run(Options options) {
        throw new UnsupportedOperationException("CheckMigration is not built yet");
    }
}
