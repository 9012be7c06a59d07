package org.dbmigrate.command;

import java.util.List;
import java.util.Set;
import org.dbmigrate.graphview.GraphFormat;
import org.dbmigrate.graphview.GraphPicture;
import org.dbmigrate.internal.command.CommandContext;
import org.dbmigrate.internal.script.ScriptDirectory;
import org.dbmigrate.runtime.DatabaseError;

/**
 * {@code graph [--format dot|mermaid|svg] [--no-database]}: the revision graph as a picture. The
 * database's current revisions are marked when it can be read; an unreachable database is a
 * warning, not a failure, because the picture is mostly about the files.
 */
public final class GraphCommand {

    private final CommandContext context;

    public GraphCommand(CommandContext context) {
        this.context = context;
    }

    /** @param readDatabase false to draw from the files alone (no connection is opened) */
    public record Options(GraphFormat format, boolean readDatabase) {
        public Options {
            format = format == null ? GraphFormat.SVG : format;
        }
    }

    /** @param text the whole drawing; {@code lines()} is the same text split at line ends */
    public record Result(GraphPicture picture, GraphFormat format, String text) implements CommandResult {
        @Override
        public List<String> lines() {
            return text.lines().toList();
        }
    }

    public Result run(Options options) {
        ScriptDirectory directory = context.scripts();
        Set<String> current = Set.of();
        if (options.readDatabase()) {
            try {
                current = Set.copyOf(new CurrentCommand(context).run(new CurrentCommand.Options(false)).heads());
            } catch (DatabaseError e) {
                context.listener().warn("Current revisions not marked: " + e.getMessage());
            }
        }
        GraphPicture picture = GraphPicture.of(directory.graph(), current);
        return new Result(picture, options.format(), options.format().render(picture));
    }
}
