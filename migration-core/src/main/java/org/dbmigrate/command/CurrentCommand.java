package org.dbmigrate.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dbmigrate.runtime.MigrationSession;
import org.dbmigrate.script.ScriptDirectory;

/** {@code current [-v]}: the database's version rows, {@code 002 (head)}. */
public final class CurrentCommand {

    private final CommandContext context;

    public CurrentCommand(CommandContext context) {
        this.context = context;
    }

    public record Options(boolean verbose) {
    }

    public record Result(List<String> heads, List<String> lines) implements CommandResult {
    }

    /** Reads only: no lock, and a database without a version table prints nothing. */
    public Result run(Options options) {
        ScriptDirectory scripts = ScriptDirectory.load(context.config());
        Set<String> heads;
        try (MigrationSession session = MigrationSession.open(context.connections(), context.config(),
                context.listener(), context.clock())) {
            heads = session.heads();
        }
        RevisionLines format = new RevisionLines(scripts);
        List<String> lines = new ArrayList<>();
        if (options.verbose()) {
            context.listener().info("Current revision(s) for " + RevisionLines.safeUrl(context.config().url()) + ":");
        }
        for (String head : heads) {
            lines.addAll(options.verbose() ? format.verbose(head) : List.of(format.brief(head)));
        }
        return new Result(List.copyOf(heads), List.copyOf(lines));
    }
}
