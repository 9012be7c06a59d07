package org.dbmigrate.maven;

import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.logging.Log;
import org.dbmigrate.Migrator;
import org.dbmigrate.command.CommandResult;
import org.dbmigrate.config.MigrateConfig;
import org.dbmigrate.error.MigrationError;
import org.dbmigrate.fleet.Fleet;
import org.dbmigrate.fleet.FleetResult;
import org.dbmigrate.fleet.TargetOutcome;
import org.dbmigrate.fleet.TargetTask;
import org.dbmigrate.runtime.MigrationListener;

/**
 * A goal across a fleet ({@code -Dmigrate.targets=tenants.txt}, {@code [targets]} in migrate.conf):
 * progress at INFO ({@code 132 of 500 done, 2 failed}), each target's warnings, the summary, and a
 * failed build when any target failed. {@code -Dformat=json} prints the per-target JSON line on
 * standard output instead of the summary.
 */
final class FleetGoal {

    private FleetGoal() {
    }

    static boolean applies(Migrator migrator) {
        return migrator.config().fleet().isConfigured();
    }

    static CommandResult run(Migrator migrator, String command, TargetTask task, boolean json, Log log) {
        return report(execute(migrator, command, task, log), json, log);
    }

    /** Runs {@code task} on every target, progress and warnings to {@code log}; reports nothing yet. */
    static FleetResult execute(Migrator migrator, String command, TargetTask task, Log log) {
        MigrateConfig config = migrator.config();
        return Fleet.configured(config, System.getenv())
                .engineListener(new MigrationListener() {
                    @Override
                    public void info(String line) {
                        log.debug(line);
                    }

                    @Override
                    public void warn(String line) {
                        log.warn(line);
                    }
                })
                .progress((outcome, done, failed, total) -> log.info(done + " of " + total + " done, " + failed
                        + " failed"))
                .run(command, task);
    }

    /** Each target's lines and the summary (or the JSON line); a failed build when any target failed. */
    static CommandResult report(FleetResult result, boolean json, Log log) {
        List<String> lines = new ArrayList<>();
        for (TargetOutcome outcome : result.outcomes()) {
            outcome.lines().forEach(line -> lines.add(outcome.target() + ": " + line));
        }
        if (json) {
            System.out.println(result.json());
            System.out.flush();
        } else {
            lines.addAll(result.summaryLines());
        }
        if (!result.success()) {
            lines.forEach(log::info);
            throw new MigrationError(result.count(TargetOutcome.Status.FAILED) + " of " + result.outcomes().size()
                    + " targets failed (listed above); fix them and rerun: targets already done are left as they are");
        }
        return () -> List.copyOf(lines);
    }
}
