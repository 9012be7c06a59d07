package org.dbmigrate.fleet;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.dbmigrate.command.UpgradeCommand;
import org.dbmigrate.config.JdbcUrls;
import org.dbmigrate.config.MigrateConfig;
import org.dbmigrate.error.MigrationError;
import org.dbmigrate.graph.Step;
import org.dbmigrate.internal.command.CommandContext;
import org.dbmigrate.internal.fleet.FleetTargets;
import org.dbmigrate.internal.runtime.MigrationSession;
import org.dbmigrate.internal.script.ScriptDirectory;
import org.dbmigrate.internal.script.SqlSyntax;
import org.dbmigrate.runtime.MigrationListener;

/**
 * Runs one command on every target of a fleet, at most {@code parallel} at a time, one connection
 * (and the usual per-database lock) each. The script directory is parsed once for all targets. A
 * failing target is recorded and the others carry on; with fail-fast no new target starts after a
 * failure. A target already at the goal is a no-op, so a rerun picks up where a killed run stopped.
 *
 * <pre>{@code
 * FleetResult result = Fleet.of(config, dataSources).parallel(4).upgrade("head");
 * result.summaryLines().forEach(System.out::println);
 * }</pre>
 */
public final class Fleet {

    private final MigrateConfig config;
    private final List<FleetTarget> targets;
    private int parallel;
    private boolean failFast;
    private FleetListener progress = FleetListener.SILENT;
    private MigrationListener engine = MigrationListener.SILENT;
    private Clock clock;
    private final Map<SqlSyntax, ScriptDirectory> scripts = new ConcurrentHashMap<>();

    private Fleet(MigrateConfig config, List<FleetTarget> targets) {
        this.config = Objects.requireNonNull(config, "config");
        this.targets = List.copyOf(targets);
        this.parallel = config.fleet().parallel();
        this.failFast = config.fleet().failFast();
    }

    /** The targets the config lists or discovers ({@code [targets]}, {@code migrate.targets} files). */
    public static Fleet configured(MigrateConfig config, Map<String, String> environment) {
        return new Fleet(config, FleetTargets.of(config, environment));
    }

    /** One target per DataSource (an application that holds its tenants' pools). */
    public static Fleet of(MigrateConfig config, List<DataSource> dataSources) {
        return new Fleet(config, FleetTargets.of(config, dataSources));
    }

    /** One target per DataSource, named by its key (a tenant's name), in the map's order. */
    public static Fleet of(MigrateConfig config, Map<String, DataSource> dataSources) {
        return new Fleet(config, FleetTargets.named(config, dataSources));
    }

    public static Fleet ofTargets(MigrateConfig config, List<FleetTarget> targets) {
        return new Fleet(config, targets);
    }

    public List<FleetTarget> targets() {
        return targets;
    }

    /** How many targets run at the same time (default: {@code [fleet] parallel}). */
    public Fleet parallel(int parallel) {
        if (parallel < 1) {
            throw new IllegalArgumentException("parallel must be 1 or more");
        }
        this.parallel = parallel;
        return this;
    }

    public Fleet failFast(boolean failFast) {
        this.failFast = failFast;
        return this;
    }

    /** Hears of each target as it ends (a progress line). */
    public Fleet progress(FleetListener progress) {
        this.progress = Objects.requireNonNull(progress, "progress");
        return this;
    }

    /** Receives each target's log lines and warnings, prefixed with {@code [target] }; no step progress. */
    public Fleet engineListener(MigrationListener engine) {
        this.engine = Objects.requireNonNull(engine, "engine");
        return this;
    }

    public Fleet clock(Clock clock) {
        this.clock = clock;
        return this;
    }

    /** {@code upgrade target} on every target ({@code head} when null). */
    public FleetResult upgrade(String target) {
        return run("upgrade", FleetTasks.upgrade(new UpgradeCommand.Options(target, null, false, null, false)));
    }

    /**
     * Runs {@code task} on every target. A mistake shared by all (a broken revision file) fails at
     * once, before any target is touched; everything else is one target's failure.
     */
    public FleetResult run(String command, TargetTask task) {
        long start = System.nanoTime();
        if (targets.isEmpty()) {
            return new FleetResult(command, List.of(), parallel, Duration.ZERO);
        }
        scriptsFor(targets.get(0)); // parse once, and fail before touching any target
        TargetOutcome[] outcomes = new TargetOutcome[targets.size()];
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger done = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        ExecutorService workers = Executors.newFixedThreadPool(Math.min(parallel, targets.size()), r -> {
            Thread thread = new Thread(r, "dbmigrate-fleet");
            thread.setDaemon(true);
            return thread;
        });
        try {
            for (int i = 0; i < targets.size(); i++) {
                int index = i;
                workers.execute(() -> {
                    FleetTarget target = targets.get(index);
                    if (stop.get()) {
                        outcomes[index] = new TargetOutcome(target.name(), TargetOutcome.Status.NOT_STARTED, List.of(),
                                false, "not started: an earlier target failed and fail-fast is on", List.of(),
                                Duration.ZERO);
                        return;
                    }
                    TargetOutcome outcome = runOne(target, task);
                    outcomes[index] = outcome;
                    boolean bad = outcome.status() == TargetOutcome.Status.FAILED;
                    if (bad && failFast) {
                        stop.set(true);
                    }
                    synchronized (progress) {
                        int f = bad ? failed.incrementAndGet() : failed.get();
                        progress.targetEnded(outcome, done.incrementAndGet(), f, targets.size());
                    }
                });
            }
        } finally {
            workers.shutdown();
            awaitAll(workers);
        }
        List<TargetOutcome> all = new ArrayList<>();
        for (int i = 0; i < outcomes.length; i++) {
            all.add(outcomes[i] != null ? outcomes[i] : new TargetOutcome(targets.get(i).name(),
                    TargetOutcome.Status.NOT_STARTED, List.of(), false, "not started: the run was interrupted",
                    List.of(), Duration.ZERO));
        }
        return new FleetResult(command, all, Math.min(parallel, targets.size()),
                Duration.ofNanos(System.nanoTime() - start));
    }

    private TargetOutcome runOne(FleetTarget target, TargetTask task) {
        long start = System.nanoTime();
        CommandContext context = new CommandContext(target.config(), target.connections(),
                new Prefixed(target.name(), engine), clock);
        try {
            context = new CommandContext(target.config(), target.connections(), context.listener(), clock,
                    scriptsFor(target));
            TargetTask.Report report = task.run(target, context);
            return new TargetOutcome(target.name(), TargetOutcome.Status.DONE, report.revisions(), true, null,
                    report.lines(), since(start), report.state());
        } catch (MigrationError e) {
            return failed(target, context, oneLine(e.getMessage()), start);
        } catch (RuntimeException e) {
            // Not the user's mistake: name the exception so the report can reach us.
            return failed(target, context, "unexpected " + e.getClass().getSimpleName() + ": "
                    + oneLine(String.valueOf(e.getMessage())), start);
        }
    }

    private TargetOutcome failed(FleetTarget target, CommandContext context, String error, long start) {
        List<String> revisions = List.of();
        boolean known = false;
        try (MigrationSession session = MigrationSession.open(context.connections(), context.config(),
                MigrationListener.SILENT, context.clock())) {
            revisions = session.heads().stream().sorted().toList();
            known = true;
        } catch (RuntimeException unreadable) {
            // unreachable or unreadable: the summary says "unknown"
        }
        return new TargetOutcome(target.name(), TargetOutcome.Status.FAILED, revisions, known, error, List.of(),
                since(start));
    }

    /** Parsed once per statement syntax (a fleet is normally all one kind of database). */
    private ScriptDirectory scriptsFor(FleetTarget target) {
        SqlSyntax syntax = target.connections().sqlSyntax();
        return scripts.computeIfAbsent(syntax, s -> ScriptDirectory.load(config, s));
    }

    private static String oneLine(String message) {
        String first = message == null ? "" : message.lines().findFirst().orElse("");
        return JdbcUrls.redact(first);
    }

    private static Duration since(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }

    private static void awaitAll(ExecutorService workers) {
        try {
            while (!workers.awaitTermination(1, TimeUnit.HOURS)) {
                // a target may run for hours (a large data migration): keep waiting
            }
        } catch (InterruptedException e) {
            workers.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    /** A target's log lines, prefixed with its name; step progress is left to the fleet's own line. */
    private record Prefixed(String name, MigrationListener to) implements MigrationListener {
        @Override
        public void info(String line) {
            to.info("[" + name + "] " + line);
        }

        @Override
        public void warn(String line) {
            to.warn("[" + name + "] " + line);
        }

        @Override
        public void stepStarting(int n, int total, Step step, Duration elapsed) {
            // the fleet reports targets, not steps
        }
    }
}
