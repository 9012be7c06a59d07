package org.dbmigrate.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dbmigrate.command.text.RevisionDetails;
import org.dbmigrate.command.text.RevisionText;
import org.dbmigrate.graph.Revision;
import org.dbmigrate.runtime.MigrationSession;
import org.dbmigrate.script.ScriptDirectory;

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
        for (String head : heads) {
            Optional<Revision> revision = scripts.graph().find(head);
            if (revision.isEmpty()) {
                lines.add(head); // a version row no file defines: the id is all there is to show
            } else {
                lines.addAll(options.verbose() ? text.entry(revision.get())
                        : List.of(text.line(revision.get(), RevisionText.Parts.CURRENT)));
            }
        }
        return new Result(List.copyOf(heads), List.copyOf(lines));
    }
}
