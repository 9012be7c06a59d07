package org.dbmigrate.command;

import java.util.List;
import org.dbmigrate.internal.autogenerate.Autogenerator;
import org.dbmigrate.internal.command.Autogenerate;
import org.dbmigrate.internal.command.CommandContext;
import org.dbmigrate.internal.script.ScriptDirectory;

/**
 * {@code check}: autogenerate without writing. Passes with Alembic's "No new upgrade operations
 * detected."; fails ({@link SchemaDiffersError}) listing each difference on its own line.
 */
public final class CheckCommand {

    static final String NO_CHANGES = "No new upgrade operations detected.";

    private final CommandContext context;

    public CheckCommand(CommandContext context) {
        this.context = context;
    }

    public record Options() {
    }

    public record Result(List<String> lines) implements CommandResult {
    }

    public Result run(Options options) {
        ScriptDirectory directory = context.scripts();
        Autogenerator.Comparison comparison = Autogenerate.compare(context, directory);
        if (!comparison.isEmpty()) {
            throw new SchemaDiffersError(comparison.lines());
        }
        return new Result(List.of(NO_CHANGES));
    }
}
