package org.dbmigrate.command;

import java.util.ArrayList;
import java.util.List;
import org.dbmigrate.script.HeadFileCheck;
import org.dbmigrate.script.ScriptDirectory;

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
        ScriptDirectory directory = ScriptDirectory.load(context.config());
        List<String> lines = new ArrayList<>();
        lines.add(HeadFileCheck.check(directory));
        lines.addAll(appliedChecksums(directory));
        return new Result(lines);
    }

    /**
     * SEAM for the runtime work: compare the checksums recorded in migrate_history with the files
     * (RevisionScript.checksum) and throw a MigrationError naming each changed file and how to
     * accept the change; return the OK line(s) otherwise. Checks nothing yet.
     */
    private List<String> appliedChecksums(ScriptDirectory directory) {
        return List.of();
    }
}
