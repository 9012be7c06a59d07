package org.dbmigrate.command;

import java.util.ArrayList;
import java.util.List;
import org.dbmigrate.internal.command.AppliedFilesCheck;
import org.dbmigrate.internal.command.CommandContext;
import org.dbmigrate.internal.script.HeadFileCheck;
import org.dbmigrate.internal.script.ScriptDirectory;

/**
 * {@code check_migration}: fails (MigrationError) on more than one head, a missing or stale
 * versions/HEAD, or an applied file whose checksum changed.
 */
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
        ScriptDirectory directory = context.scripts();
        directory.splitAll();
        List<String> lines = new ArrayList<>();
        lines.add(HeadFileCheck.check(directory));
        lines.addAll(appliedChecksums(directory));
        return new Result(lines);
    }

    /** Applied revisions whose file changed since they ran fail the check (runtime's AppliedFilesCheck). */
    private List<String> appliedChecksums(ScriptDirectory directory) {
        return AppliedFilesCheck.run(context, directory);
    }
}
