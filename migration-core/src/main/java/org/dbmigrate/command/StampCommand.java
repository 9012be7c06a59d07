package org.dbmigrate.command;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.dbmigrate.error.MigrationError;
import org.dbmigrate.graph.VersionChange;
import org.dbmigrate.internal.command.CommandContext;
import org.dbmigrate.internal.command.DestructiveGuard;
import org.dbmigrate.internal.command.Reports;
import org.dbmigrate.internal.command.TargetArguments;
import org.dbmigrate.internal.graph.RevisionGraph;
import org.dbmigrate.internal.graph.Stamp;
import org.dbmigrate.internal.runtime.MigrationSession;
import org.dbmigrate.internal.runtime.OfflineScript;
import org.dbmigrate.internal.runtime.RevisionScripts;
import org.dbmigrate.internal.script.ScriptDirectory;

/** {@code stamp <rev>... [--purge] [--sql]}: set the version table without running migrations. */
public final class StampCommand {

    private final CommandContext context;

    public StampCommand(CommandContext context) {
        this.context = context;
    }

    /** Start from {@link #to(String...)} and add what differs with the {@code with...} methods. */
    public record Options(List<String> targets, boolean purge, boolean sql, Appendable sqlOut) {

        /** Stamp the version table at {@code targets}, running no revision. */
        public static Options to(String... targets) {
            return new Options(List.of(targets), false, false, null);
        }

        /** {@code --purge}: empty the version table first. */
        public Options withPurge(boolean purge) {
            return new Options(targets, purge, sql, sqlOut);
        }

        /** Writes the SQL to {@code out} instead of running it ({@code --sql}). */
        public Options withSqlTo(Appendable out) {
            return new Options(targets, purge, out != null, out);
        }
    }

    /** {@code lines()} is the summary line, e.g. {@code Stamped 030 -> 035}. */
    public record Result(List<VersionChange> changes, RunReport report) implements RunResult {
    }

    public Result run(Options options) {
        long start = System.nanoTime();
        if (options.targets() == null || options.targets().isEmpty()) {
            throw new MigrationError("stamp needs at least one revision: an id, 'head', 'heads' or 'base'");
        }
        ScriptDirectory scripts = context.scripts();
        RevisionGraph graph = scripts.graph();
        if (options.sql()) {
            return offline(options, graph, start);
        }
        try (MigrationSession session = MigrationSession.open(context.connections(), context.config(),
                context.listener(), context.clock())) {
            graph.stamp(session.heads(), options.targets(), options.purge());
            if (options.purge()) {
                DestructiveGuard.check(context, session.database(), "stamp --purge");
            }
            Set<String> before = new HashSet<>();
            Stamp stamp = session.locked(heads -> {
                session.refuseUnfinished(RevisionScripts.of(scripts));
                before.addAll(heads);
                Stamp s = graph.stamp(heads, options.targets(), options.purge());
                session.announce(); // after the checks: a refused run stays one FAILED line
                session.stamper().stamp(s.changes(), RevisionScripts.of(scripts));
                return s;
            });
            return new Result(stamp.changes(), Reports.stamp(false, before, stamp, graph, start));
        }
    }

    /**
     * Offline, the table is assumed to hold the rows {@code START} names in {@code START:END}
     * (one start for all targets, as Alembic), or none. {@code --purge} is refused, as by Alembic:
     * the script cannot know which rows it would delete.
     */
    private Result offline(Options options, RevisionGraph graph, long startNanos) {
        if (options.purge()) {
            throw new MigrationError("stamp --sql cannot --purge: an offline script does not know the version table's"
                    + " rows; leave out --purge, or run stamp --purge against the database");
        }
        Set<String> from = null;
        String start = null;
        List<String> destinations = new ArrayList<>();
        for (String target : options.targets()) {
            TargetArguments.Range range = TargetArguments.Range.parse(target, graph);
            if (target.contains(":")) {
                String thisStart = target.substring(0, target.indexOf(':')).strip();
                if (start != null && !start.equals(thisStart)) {
                    throw new MigrationError("stamp --sql takes one starting revision for all targets, got '" + start
                            + ":' and '" + thisStart + ":'; give every START:END the same START");
                }
                start = thisStart;
                from = range.from();
            }
            destinations.add(range.to());
        }
        Set<String> startRows = from == null ? Set.of() : from;
        Stamp stamp = graph.stamp(startRows, destinations, false);
        new OfflineScript(context.connections().kind().dialect(), context.config().versionTable(),
                context.config().transactionPerMigration(), Objects.requireNonNull(options.sqlOut(), "sqlOut"))
                .writeStamp(startRows, stamp.changes());
        return new Result(stamp.changes(), Reports.stamp(true, startRows, stamp, graph, startNanos));
    }
}
