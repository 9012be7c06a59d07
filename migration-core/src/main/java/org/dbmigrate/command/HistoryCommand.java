package org.dbmigrate.command;

import java.util.List;
import java.util.Set;
import org.dbmigrate.error.MigrationError;
import org.dbmigrate.internal.command.CommandContext;
import org.dbmigrate.internal.command.text.GraphText;
import org.dbmigrate.internal.command.text.RevisionDetails;
import org.dbmigrate.internal.command.text.RevisionText;
import org.dbmigrate.internal.script.ScriptDirectory;

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
        String range = options.range();
        if (range != null && !range.contains(":")) {
            throw new MigrationError("History range requires [start]:[end], [start]:, or :[end] (got '" + range + "')");
        }
        ScriptDirectory directory = context.scripts();
        // the database is read only when the output needs it
        boolean needsDatabase = options.indicateCurrent() || range != null && List.of(range.split(":", -1)).contains("current");
        Set<String> current = needsDatabase
                ? Set.copyOf(new CurrentCommand(context).run(new CurrentCommand.Options(false)).heads())
                : Set.of();
        RevisionText revisionText = new RevisionText(directory.graph(), RevisionDetails.of(directory),
                options.indicateCurrent() ? current : Set.of());
        GraphText text = new GraphText(directory.graph(), revisionText);
        return new Result(text.history(directory.graph().history(range, current), options.verbose()));
    }
}
