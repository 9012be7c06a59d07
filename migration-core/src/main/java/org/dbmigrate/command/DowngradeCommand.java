package org.dbmigrate.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.dbmigrate.error.Flag;
import org.dbmigrate.error.MigrationError;
import org.dbmigrate.error.Wording;
import org.dbmigrate.graph.Direction;
import org.dbmigrate.graph.Plan;
import org.dbmigrate.internal.command.CommandContext;
import org.dbmigrate.internal.command.DestructiveGuard;
import org.dbmigrate.internal.command.Reports;
import org.dbmigrate.internal.command.TargetArguments;
import org.dbmigrate.internal.graph.RevisionGraph;
import org.dbmigrate.internal.runtime.Callbacks;
import org.dbmigrate.internal.runtime.MigrationSession;
import org.dbmigrate.internal.runtime.OfflineScript;
import org.dbmigrate.internal.runtime.PlanRunner;
import org.dbmigrate.internal.runtime.RevisionPlaceholders;
import org.dbmigrate.internal.runtime.RevisionScripts;
import org.dbmigrate.internal.script.PlaceholderReplacer;
import org.dbmigrate.internal.script.ScriptDirectory;
import org.dbmigrate.runtime.RanStep;

/** {@code downgrade [target] [--delta N] [--sql]}: revert; refused when downgrade = false; sql needs start:end. */
public final class DowngradeCommand {

    private final CommandContext context;

    public DowngradeCommand(CommandContext context) {
        this.context = context;
    }

    /** Start from {@link #to(String)} and add what differs with the {@code with...} methods. */
    public record Options(String target, Integer delta, boolean sql, Appendable sqlOut) {

        /** Downgrade to {@code target} (an id, {@code -1}, {@code base}...), online. */
        public static Options to(String target) {
            return new Options(target, null, false, null);
        }

        public Options withDelta(Integer delta) {
            return new Options(target, delta, sql, sqlOut);
        }

        /** Writes the SQL script to {@code out} instead of running it ({@code --sql}; target {@code start:end}). */
        public Options withSqlTo(Appendable out) {
            return new Options(target, delta, out != null, out);
        }
    }

    /** {@code lines()} is the summary line, e.g. {@code Downgraded 035 -> 030: 5 revisions in 0.4 s}. */
    public record Result(Plan plan, RunReport report) implements RunResult {
    }

    public Result run(Options options) {
        long start = System.nanoTime();
        if (!context.config().downgradeEnabled()) {
            throw new MigrationError("downgrade is refused: migrate.conf sets 'downgrade = false' in [migrate];"
                    + " set it to true to allow downgrades");
        }
        ScriptDirectory scripts = context.scripts();
        RevisionGraph graph = scripts.graph();
        String target = TargetArguments.downgrade(options.target(), options.delta());
        if (options.sql()) {
            if (!target.contains(":")) {
                throw new MigrationError(Wording.of(Wording.command("downgrade"), " ", Flag.SQL, " needs a range"
                        + " start:end (e.g. '", Wording.command("downgrade"), " ", Flag.TARGET.is("003:001"), " ",
                        Flag.SQL, "'), because no database is read to find where to start; got '" + target + "'"));
            }
            TargetArguments.Range range = TargetArguments.Range.parse(target, graph);
            Plan plan = graph.downgrade(range.from(), range.to());
            PlanRunner.check(plan, RevisionScripts.of(scripts));
            new OfflineScript(context.connections().kind().dialect(), context.config().versionTable(),
                    context.config().transactionPerMigration(), Objects.requireNonNull(options.sqlOut(), "sqlOut"))
                    .withCallbacks(context.callbacks(RevisionPlaceholders.offline(context.config())))
                    .write(plan, RevisionPlaceholders.replacing(RevisionScripts.of(scripts),
                            RevisionPlaceholders.offline(context.config())));
            return new Result(plan, Reports.offline("downgrade", plan, graph, start));
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
            List<RanStep> ran = new ArrayList<>();
            Plan plan = session.locked(heads -> {
                Plan p = graph.downgrade(heads, target);
                session.announce(); // after the checks: a refused run stays one FAILED line
                ran.addAll(session.runner().run(p, replaced, Direction.DOWNGRADE, callbacks));
                return p;
            });
            return new Result(plan, Reports.online("downgrade", plan, ran, graph, start));
        }
    }
}
