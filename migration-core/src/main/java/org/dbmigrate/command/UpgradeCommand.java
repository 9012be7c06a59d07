package org.dbmigrate.command;

import java.util.List;
import org.dbmigrate.graph.Direction;
import org.dbmigrate.graph.Plan;
import org.dbmigrate.graph.RevisionGraph;
import org.dbmigrate.runtime.Callbacks;
import org.dbmigrate.runtime.MigrationSession;
import org.dbmigrate.runtime.OfflineScript;
import org.dbmigrate.runtime.PlanRunner;
import org.dbmigrate.runtime.RevisionPlaceholders;
import org.dbmigrate.runtime.RevisionScripts;
import org.dbmigrate.script.PlaceholderReplacer;
import org.dbmigrate.script.ScriptDirectory;

/**
 * {@code upgrade [target] [--delta N] [--sql] [--accept-changed]}: apply revisions up to target (default
 * head); with sql, write the script to sqlOut instead (target may then be start:end). An applied
 * revision whose file changed stops the run unless acceptChanged, which records the new checksums.
 */
public final class UpgradeCommand {

    private final CommandContext context;

    public UpgradeCommand(CommandContext context) {
        this.context = context;
    }

    public record Options(String target, Integer delta, boolean sql, Appendable sqlOut, boolean acceptChanged) {
    }

    public record Result(org.dbmigrate.graph.Plan plan, List<String> lines) implements CommandResult {
    }

    public Result run(Options options) {
        ScriptDirectory scripts = context.scripts();
        RevisionGraph graph = scripts.graph();
        String target = Targets.upgrade(options.target(), options.delta());
        if (options.sql()) {
            Targets.Range range = Targets.Range.parse(target, graph);
            Plan plan = graph.upgrade(range.from(), range.to());
            PlaceholderReplacer placeholders = RevisionPlaceholders.offline(context.config());
            offline(java.util.Objects.requireNonNull(options.sqlOut(), "sqlOut"))
                    .withCallbacks(context.callbacks(placeholders))
                    .write(plan, RevisionPlaceholders.replacing(RevisionScripts.of(scripts), placeholders));
            return new Result(plan, List.of());
        }
        try (MigrationSession session = MigrationSession.open(context.connections(), context.config(),
                context.listener(), context.clock())) {
            // Resolve (and replace placeholders) before touching anything: bad input leaves the database as it was.
            PlaceholderReplacer placeholders = RevisionPlaceholders.online(context.config(), session.database());
            RevisionScripts replaced = RevisionPlaceholders.replacing(RevisionScripts.of(scripts), placeholders);
            PlanRunner.check(graph.upgrade(session.heads(), target), replaced);
            Callbacks callbacks = context.callbacks(placeholders);
            Plan plan = session.locked(heads -> {
                if (options.acceptChanged()) {
                    session.checksums().accept(heads, graph, RevisionScripts.of(scripts))
                            .forEach(c -> context.listener().info("Accepted the changed file " + c.fileName()));
                } else {
                    session.checksums().verify(heads, graph, RevisionScripts.of(scripts));
                }
                Plan p = graph.upgrade(heads, target);
                session.runner().run(p, replaced, Direction.UPGRADE, callbacks);
                return p;
            });
            return new Result(plan, List.of());
        }
    }

    private OfflineScript offline(Appendable out) {
        return new OfflineScript(context.connections().kind().dialect(), context.config().versionTable(),
                context.config().transactionPerMigration(), out);
    }
}
