package org.dbmigrate.command;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.dbmigrate.graph.Revision;
import org.dbmigrate.internal.command.CommandContext;
import org.dbmigrate.internal.command.text.RevisionDetails;
import org.dbmigrate.internal.command.text.RevisionText;
import org.dbmigrate.internal.runtime.MigrationSession;
import org.dbmigrate.internal.script.ScriptDirectory;

/** {@code current [-v]}: the database's version rows, {@code 002 (head)}. */
public final class CurrentCommand {

    private final CommandContext context;

    public CurrentCommand(CommandContext context) {
        this.context = context;
    }

    /** Start from {@link #DEFAULT} and add what differs with the {@code with...} methods. */
    public record Options(boolean verbose) {

        /** The current heads, one line each. */
        public static final Options DEFAULT = new Options(false);

        public Options withVerbose(boolean verbose) {
            return new Options(verbose);
        }
    }

    public record Result(List<String> heads, List<String> lines) implements CommandResult {
    }

    /** Reads only: no lock, and a database without a version table prints nothing. */
    public Result run(Options options) {
        ScriptDirectory scripts = context.scripts();
        Set<String> heads;
        try (MigrationSession session = MigrationSession.open(context.connections(), context.config(),
                context.listener(), context.clock())) {
            heads = session.heads();
        }
        RevisionText text = new RevisionText(scripts.graph(), RevisionDetails.of(scripts), Set.of());
        List<String> lines = new ArrayList<>();
        Set<String> known = new LinkedHashSet<>();
        for (String head : heads) {
            if (scripts.graph().find(head).isEmpty()) {
                lines.add(head); // a version row no file defines: the id is all there is to show
            } else {
                known.add(head);
            }
        }
        // as Alembic's current: the rows plus the applied tips of the branches they depend on
        for (String id : scripts.graph().current(known)) {
            Revision revision = scripts.graph().get(id);
            lines.addAll(options.verbose() ? text.entry(revision)
                    : List.of(text.line(revision, RevisionText.Parts.CURRENT)));
        }
        return new Result(List.copyOf(heads), List.copyOf(lines));
    }
}
