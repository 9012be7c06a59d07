package org.dbmigrate.command;

import java.util.List;
import java.util.Set;
import org.dbmigrate.internal.command.CommandContext;
import org.dbmigrate.internal.command.text.GraphText;
import org.dbmigrate.internal.command.text.RevisionDetails;
import org.dbmigrate.internal.command.text.RevisionText;
import org.dbmigrate.internal.script.ScriptDirectory;

/** {@code branches [-v]}: branch points and their children. */
public final class BranchesCommand {

    private final CommandContext context;

    public BranchesCommand(CommandContext context) {
        this.context = context;
    }

    public record Options(boolean verbose) {
    }

    public record Result(List<String> lines) implements CommandResult {
    }

    public Result run(Options options) {
        ScriptDirectory directory = context.scripts();
        GraphText text = new GraphText(directory.graph(),
                new RevisionText(directory.graph(), RevisionDetails.of(directory), Set.of()));
        return new Result(text.branches(options.verbose()));
    }
}
