package org.dbmigrate.command;

import java.util.Set;
import org.dbmigrate.autogenerate.Autogenerator;
import org.dbmigrate.runtime.MigrationSession;
import org.dbmigrate.script.ScriptDirectory;

/** What {@code revision --autogenerate} and {@code check} share: the database must be at head, then compare. */
final class Autogenerate {

    private Autogenerate() {
    }

    /** The result and the text of both sections, computed while the session is open. */
    record Outcome(Autogenerator.Comparison comparison, String upgrades, String downgrades) {
    }

    static Outcome compare(CommandContext context, ScriptDirectory directory) {
        try (MigrationSession session = MigrationSession.open(context.connections(), context.config(),
                context.listener(), context.clock())) {
            Set<String> current = session.heads();
            Set<String> heads = Set.copyOf(directory.graph().heads());
            if (!current.equals(heads)) {
                throw new DatabaseNotAtHeadError(current, heads);
            }
            Autogenerator.Comparison comparison = Autogenerator.compare(session.database(), context.connections(),
                    context.config());
            comparison.lines().forEach(line -> context.listener().info("Detected " + line));
            return new Outcome(comparison, Autogenerator.upgrades(comparison, session.database()),
                    Autogenerator.downgrades(comparison, session.database()));
        }
    }
}
