package org.dbmigrate.internal.command;

import java.util.Set;
import org.dbmigrate.command.DatabaseNotAtHeadError;
import org.dbmigrate.internal.autogenerate.Autogenerator;
import org.dbmigrate.internal.runtime.MigrationSession;
import org.dbmigrate.internal.script.ScriptDirectory;

/** What {@code revision --autogenerate} and {@code check} share: the database must be at head, then compare. */
public final class Autogenerate {

    private Autogenerate() {
    }

    /** The result and the text of both sections, computed while the session is open. */
    public record Outcome(Autogenerator.Comparison comparison, String upgrades, String downgrades) {
    }

    /** For {@code check}: the comparison only (its differences are the result, not progress). */
    public static Autogenerator.Comparison compare(CommandContext context, ScriptDirectory directory) {
        return run(context, directory, false, false).comparison();
    }

    /**
     * For {@code revision --autogenerate}: the sections' text, each difference reported as progress.
     *
     * @param java write the sections as calls on the operations API (a Java revision) instead of SQL
     */
    public static Outcome generate(CommandContext context, ScriptDirectory directory, boolean java) {
        return run(context, directory, java, true);
    }

    private static Outcome run(CommandContext context, ScriptDirectory directory, boolean java, boolean report) {
        try (MigrationSession session = MigrationSession.open(context.connections(), context.config(),
                context.listener(), context.clock())) {
            Set<String> current = session.heads();
            Set<String> heads = Set.copyOf(directory.graph().heads());
            if (!current.equals(heads)) {
                throw new DatabaseNotAtHeadError(current, heads);
            }
            Autogenerator.Comparison comparison = Autogenerator.compare(session.database(), context.connections(),
                    context.config());
            // Issue 20: what the model holds but the comparison left out is said, never silent.
            comparison.warnings().forEach(w -> context.listener().warn(w));
            if (report) {
                comparison.lines().forEach(line -> context.listener().info("Detected " + line));
            }
            if (java) {
                return new Outcome(comparison, Autogenerator.upgradesJava(comparison, session.database()),
                        Autogenerator.downgradesJava(comparison, session.database()));
            }
            return new Outcome(comparison, Autogenerator.upgrades(comparison, session.database()),
                    Autogenerator.downgrades(comparison, session.database()));
        }
    }
}
