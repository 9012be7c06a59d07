package org.dbmigrate.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;
import org.dbmigrate.Migrator;
import org.dbmigrate.config.MigrateConfig;
import org.dbmigrate.error.MigrationError;
import org.dbmigrate.fleet.Fleet;
import org.dbmigrate.fleet.FleetResult;
import org.dbmigrate.fleet.FleetTarget;
import org.dbmigrate.fleet.TargetOutcome;
import org.dbmigrate.fleet.TargetTask;
import org.dbmigrate.runtime.MigrationListener;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code --targets FILE}, {@code --parallel N}, {@code --fail-fast} on the database commands, and
 * the run across the fleet: a progress line on standard error ({@code 132 of 500 done, 2 failed}),
 * each target's output lines and the summary on standard output (standard error with
 * {@code --sql}), or one line of JSON. Exit code 1 when any target failed.
 */
final class FleetOptions {

    @Option(names = "--targets", paramLabel = "FILE",
            description = "A file of JDBC URLs, one a line: run on each (with [targets] of the config file).")
    List<Path> targetFiles = new ArrayList<>();

    @Option(names = "--parallel", paramLabel = "N", description = "Targets run at the same time (default 1).")
    Integer parallel;

    @Option(names = "--fail-fast", description = "After a target fails, start no new ones.")
    boolean failFast;

    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    /** Set when the run bypasses picocli ({@link SimpleInvocation}); {@link #mixee} is then null. */
    DbManageCommand directRoot;

    /** Where {@code check} finds JPA model classes besides the config's ({@code --classpath}). */
    List<Path> modelClasspath = List.of();

    /** True when the config or the flags name targets: the command then runs across the fleet. */
    boolean active() {
        return config().fleet().isConfigured();
    }

    /** The merged settings with this command's fleet flags on top. */
    MigrateConfig config() {
        MigrateConfig config = root().session().config();
        MigrateConfig.Fleet fleet = config.fleet();
        List<Path> files = new ArrayList<>(fleet.targetFiles());
        targetFiles.stream().map(f -> root().settings().workingDir().resolve(f).normalize()).forEach(files::add);
        MigrateConfig withModel = Migrator.create(config).withModelClasspath(modelClasspath).config();
        return withModel.toBuilder().fleet(new MigrateConfig.Fleet(files, fleet.listed(),
                parallel != null ? parallel : fleet.parallel(), failFast || fleet.failFast())).build();
    }

    /** Runs {@code task} on every configured target: exit code 0, or 1 when any target failed. */
    int run(String command, TargetTask task, boolean json, boolean sql) {
        return run(command, task, json, sql, result -> ExitCode.OK);
    }

    /**
     * Runs {@code task} on every configured target; {@code exitCode} turns a run in which no target
     * failed into the exit code (1 when any failed, whatever it says).
     */
    int run(String command, TargetTask task, boolean json, boolean sql, ToIntFunction<FleetResult> exitCode) {
        if (parallel != null && parallel < 1) {
            throw new MigrationError("--parallel " + parallel + " is not valid; use a whole number, 1 or more");
        }
        MigrateConfig config = config();
        Fleet fleet = Fleet.configured(config, root().settings().environment());
        return exitCode.applyAsInt(run(fleet, command, task, json, sql));
    }

    /** The configured database alone, as a fleet of one (for {@code --format json} without targets). */
    int runOne(String name, String command, TargetTask task) {
        MigrateConfig config = root().session().config();
        FleetTarget target = FleetTarget.of(name, config);
        run(Fleet.ofTargets(config, List.of(target)), command, task, true, false);
        return ExitCode.OK;
    }

    private FleetResult run(Fleet fleet, String command, TargetTask task, boolean json, boolean sql) {
        StderrReporter reporter = root().reporter();
        boolean verbose = root().options().verbose();
        fleet.engineListener(new MigrationListener() {
            @Override
            public void info(String line) {
                if (verbose) {
                    reporter.info(line);
                }
            }

            @Override
            public void warn(String line) {
                reporter.warn(line);
            }
        }).progress((outcome, done, failed, total) -> reporter.progress(done + " of " + total + " done, " + failed
                + " failed"));
        if (sql) {
            fleet.parallel(1); // one script after the other into standard output
        }
        FleetResult result = fleet.run(command, task);
        reporter.finish();
        PrintWriter out = root().out();
        if (json) {
            out.println(result.json());
        } else {
            for (TargetOutcome outcome : result.outcomes()) {
                outcome.lines().forEach(line -> out.println(outcome.target() + ": " + line));
            }
            if (sql) {
                out.flush();
                result.summaryLines().forEach(reporter::info);
            } else {
                result.summaryLines().forEach(out::println);
            }
        }
        out.flush();
        if (!result.success()) {
            long failed = result.count(TargetOutcome.Status.FAILED);
            throw new MigrationError(failed + " of " + result.outcomes().size() + " targets failed"
                    + (json ? " (see the JSON on standard output)" : " (listed above)")
                    + "; fix them and rerun: targets already done are left as they are");
        }
        return result;
    }

    private DbManageCommand root() {
        return directRoot != null ? directRoot : (DbManageCommand) mixee.root().userObject();
    }
}
