package org.dbmigrate.command;

import java.util.List;
import java.util.Objects;
import org.dbmigrate.error.MigrationError;
import org.dbmigrate.graph.Direction;
import org.dbmigrate.graph.Plan;
import org.dbmigrate.graph.RevisionGraph;
import org.dbmigrate.runtime.Callbacks;
import org.dbmigrate.runtime.MigrationSession;
import org.dbmigrate.runtime.OfflineScript;
import org.dbmigrate.runtime.RevisionPlaceholders;
import org.dbmigrate.runtime.RevisionScripts;
import org.dbmigrate.runtime.PlanRunner;
import org.dbmigrate.script.PlaceholderReplacer;
import org.dbmigrate.script.ScriptDirectory;

/** {@code downgrade [target] [--delta N] [--sql]}: revert; refused when downgrade = false; sql needs start:end. */
public final class DowngradeCommand {

    private final CommandContext context;

    public DowngradeCommand(CommandContext context) {
        this.context = context;
    }

    public record Options(String target, Integer delta, boolean sql, Appendable sqlOut) {
    }

    public record Result(org.dbmigrate.graph.Plan plan, List<String> lines) implements CommandResult {
    }

    public Result run(Options options) {
        if (!context.config().downgradeEnabled()) {
            throw new MigrationError("downgrade is refused: migrate.conf sets 'downgrade = false' in [migrate];"
                    + " set it to true to allow downgrades");
        }
        ScriptDirectory scripts = context.scripts();
        RevisionGraph graph = scripts.graph();
        String target = Targets.downgrade(options.target(), options.delta());
        if (options.sql()) {
            if (!target.contains(":")) {
                throw new MigrationError("downgrade --sql needs a range start:end (e.g. 'downgrade 003:001 --sql'),"
                        + " because no database is read to find where to start; got '" + target + "'");
            }
            Targets.Range range = Targets.Range.parse(target, graph);
            Plan plan = graph.downgrade(range.from(), range.to());
            PlanRunner.check(plan, RevisionScripts.of(scripts));
            new OfflineScript(context.connections().kind().dialect(), context.config().versionTable(),
                    context.config().transactionPerMigration(), Objects.requireNonNull(options.sqlOut(), "sqlOut"))
                    .withCallbacks(context.callbacks(RevisionPlaceholders.offline(context.config())))
                    .write(plan, RevisionPlaceholders.replacing(RevisionScripts.of(scripts),
                            RevisionPlaceholders.offline(context.config())));
            return new Result(plan, List.of());
        }
        try (MigrationSession session = MigrationSession.open(context.connections(), context.config(),
                context.listener(), context.clock())) {
            // Resolve and check before touching anything: bad input leaves the database as it was.
            PlaceholderReplacer placeholders = RevisionPlaceholders.online(context.config(), session.database());
            RevisionScripts replaced = RevisionPlaceholders.replacing(RevisionScripts.of(scripts), placeholders);
            Callbacks callbacks = context.callbacks(placeholders);
            Plan planned = graph.downgrade(session.heads(), target);
            PlanRunner.check(planned, replaced);
            if (planned.steps().size() > 1 || !planned.steps().isEmpty() && planned.toHeads().isEmpty()) {
                DestructiveGuard.check(context, session.database(), planned.toHeads().isEmpty() ? "downgrade base"
                        : "downgrade of " + planned.steps().size() + " revisions");
            }
            Plan plan = session.locked(heads -> {
                Plan p = graph.downgrade(heads, target);
                session.runner().run(p, replaced, Direction.DOWNGRADE, callbacks);
                return p;
            });
            return new Result(plan, List.of());
        }
    }
}
