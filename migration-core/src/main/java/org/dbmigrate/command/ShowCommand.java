package org.dbmigrate.command;

import java.util.List;
import java.util.Set;
import org.dbmigrate.graph.Revision;
import org.dbmigrate.internal.command.CommandContext;
import org.dbmigrate.internal.command.text.GraphText;
import org.dbmigrate.internal.command.text.RevisionDetails;
import org.dbmigrate.internal.command.text.RevisionText;
import org.dbmigrate.internal.script.ScriptDirectory;

/** {@code show <rev>}: one revision in full ({@code current} reads the database's heads). */
public final class ShowCommand {

    private final CommandContext context;

    public ShowCommand(CommandContext context) {
        this.context = context;
    }

    public record Options(String target) {
    }

    public record Result(List<String> lines) implements CommandResult {
    }

    public Result run(Options options) {
        ScriptDirectory directory = context.scripts();
        String target = options.target() == null ? "head" : options.target();
        Set<String> ids = target.equals("current")
                ? Set.copyOf(new CurrentCommand(context).run(new CurrentCommand.Options(false)).heads())
                : directory.graph().resolve(target, Set.of());
        // in graph order, so several revisions print the same way every time
        List<Revision> revisions = directory.graph().revisions().stream().filter(r -> ids.contains(r.id())).toList();
        GraphText text = new GraphText(directory.graph(),
                new RevisionText(directory.graph(), RevisionDetails.of(directory), Set.of()));
        return new Result(text.show(revisions));
    }
}
