package org.dbmigrate.command;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.dbmigrate.graph.Direction;
import org.dbmigrate.graph.Plan;
import org.dbmigrate.graph.Step;
import org.dbmigrate.internal.command.CommandContext;
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
import org.dbmigrate.internal.script.RevisionScript;
import org.dbmigrate.internal.script.ScriptDirectory;
import org.dbmigrate.runtime.RanStep;

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

    /**
     * Start from {@link #to(String)} and add what differs with the {@code with...} methods: a flag
     * added later comes with its own wither, so callers written this way keep compiling.
     *
     * @param target        where to go ({@code head} when null); with sql also {@code start:end}
     * @param delta         {@code --delta N}: that many steps from the current heads, or null
     * @param sql           write the SQL script to {@code sqlOut} instead of running it
     * @param sqlOut        where the offline script goes
     * @param acceptChanged record changed checksums of applied files instead of stopping
     */
    public record Options(String target, Integer delta, boolean sql, Appendable sqlOut, boolean acceptChanged) {

        /** Upgrade to {@code target} ({@code head} when null), online. */
        public static Options to(String target) {
            return new Options(target, null, false, null, false);
        }

        public Options withDelta(Integer delta) {
            return new Options(target, delta, sql, sqlOut, acceptChanged);
        }

        /** Writes the SQL script to {@code out} instead of running it ({@code --sql}). */
        public Options withSqlTo(Appendable out) {
            return new Options(target, delta, out != null, out, acceptChanged);
        }

        public Options withAcceptChanged(boolean acceptChanged) {
            return new Options(target, delta, sql, sqlOut, acceptChanged);
        }
    }

    /**
     * What the upgrade did. {@code lines()} is the summary line, e.g.
     * {@code Upgraded 001 -> 035: 34 revisions in 2.3 s}; the report holds the steps with their durations.
     *
     * @param plan   the steps run (or written, with sql), with the heads before and after
     * @param report what ran, from, to and how long, as the shells print it
     */
    public record Result(Plan plan, RunReport report) implements RunResult {

        /** The revisions applied (or written), in order. */
        public List<Step> steps() {
            return plan.steps();
        }

        /** The database's heads before. */
        public Set<String> from() {
            return plan.fromHeads();
        }

        /** The database's heads after. */
        public Set<String> to() {
            return plan.toHeads();
        }

        /** How long the command took, locking and checks included. */
        public Duration duration() {
            return report.duration();
        }

        /** One line for a log: {@code Upgraded 001 -> 003: 2 revisions in 0.1 s}, {@code Already at head 003}. */
        public String summary() {
            return report.summary();
        }
    }

    public Result run(Options options) {
        long start = System.nanoTime();
        ScriptDirectory scripts = context.scripts();
        RevisionGraph graph = scripts.graph();
        String target = TargetArguments.upgrade(options.target(), options.delta());
        if (options.sql()) {
            TargetArguments.Range range = TargetArguments.Range.parse(target, graph);
            Plan plan = graph.upgrade(range.from(), range.to());
            PlaceholderReplacer placeholders = RevisionPlaceholders.offline(context.config());
            RevisionScripts replacedOffline = RevisionPlaceholders.replacing(RevisionScripts.of(scripts), placeholders);
            PlanRunner.check(plan, replacedOffline);
            offline(Objects.requireNonNull(options.sqlOut(), "sqlOut"))
                    .withCallbacks(context.callbacks(placeholders))
                    .write(plan, replacedOffline);
            return new Result(plan, Reports.offline("upgrade", plan, graph, start));
        }
        checksumWhileConnecting(scripts);
        try (MigrationSession session = MigrationSession.open(context.connections(), context.config(),
                context.listener(), context.clock())) {
            // Resolve (and replace placeholders) before touching anything: bad input leaves the database as it was.
            PlaceholderReplacer placeholders = RevisionPlaceholders.online(context.config(), session.database());
            RevisionScripts replaced = RevisionPlaceholders.replacing(RevisionScripts.of(scripts), placeholders);
            PlanRunner.check(graph.upgrade(session.heads(), target), replaced);
            Callbacks callbacks = context.callbacks(placeholders);
            List<RanStep> ran = new ArrayList<>();
            Plan plan = session.locked(heads -> {
                if (options.acceptChanged()) {
                    session.checksums().accept(heads, graph, RevisionScripts.of(scripts))
                            .forEach(c -> context.listener().info("Accepted the changed file " + c.fileName()));
                } else {
                    session.checksums().verify(heads, graph, RevisionScripts.of(scripts));
                }
                Plan p = graph.upgrade(heads, target);
                session.announce(); // after the checks: a refused run stays one FAILED line
                ran.addAll(session.runner().run(p, replaced, Direction.UPGRADE, callbacks));
                return p;
            });
            return new Result(plan, Reports.online("upgrade", plan, ran, graph, start));
        }
    }

    /**
     * While the connection opened ahead is on its way, the checksums the run compares (applied
     * revisions) and records (pending ones), on a core that would wait; the first also loads the
     * JDK's security providers. Stops as soon as the connection is there.
     */
    private void checksumWhileConnecting(ScriptDirectory scripts) {
        for (RevisionScript script : scripts.scripts()) {
            if (!context.connections().connecting()) {
                return;
            }
            script.checksum();
        }
    }

    private OfflineScript offline(Appendable out) {
        return new OfflineScript(context.connections().kind().dialect(), context.config().versionTable(),
                context.config().transactionPerMigration(), out);
    }
}
