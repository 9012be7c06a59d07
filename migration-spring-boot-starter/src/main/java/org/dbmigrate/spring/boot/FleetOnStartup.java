package org.dbmigrate.spring.boot;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dbmigrate.Migrator;
import org.dbmigrate.config.MigrateConfig;
import org.dbmigrate.config.Secret;
import org.dbmigrate.fleet.Fleet;
import org.dbmigrate.fleet.FleetResult;
import org.dbmigrate.fleet.FleetTasks;
import org.dbmigrate.fleet.TargetOutcome;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * Start-up for a fleet: upgrades every target of a {@link DbMigrateTargets} bean, or those that
 * {@code dbmigrate.targets.*} list or discover, with the settings of the application's migrator
 * (locations, tables, lock timeout). Each target's outcome is logged; when any target failed (or,
 * with {@code check-only}, has revisions pending) start-up stops with the fleet's summary.
 */
final class FleetOnStartup implements DbMigrateStrategy {

    private final DbMigrateProperties properties;
    private final DbMigrateTargets targets;
    private final Environment environment;

    /** {@code targets} is the application's bean, or null for the targets the properties name. */
    FleetOnStartup(DbMigrateProperties properties, DbMigrateTargets targets, Environment environment) {
        this.properties = properties;
        this.targets = targets;
        this.environment = environment;
    }

    @Override
    public void migrate(Migrator migrator) {
        DbMigrateProperties.Targets settings = properties.getTargets();
        Fleet fleet = fleet(migrator.context().config())
                .parallel(settings.getParallel())
                .failFast(settings.isFailFast())
                .engineListener(new LoggingListener())
                .progress((outcome, done, failed, total) -> LoggingListener.LOG.info("dbmigrate: " + outcome.target()
                        + " " + outcome.status().name().toLowerCase(Locale.ROOT) + " at " + outcome.revisionText() + "; " + done
                        + " of " + total + " done, " + failed + " failed"));
        FleetResult result = properties.isCheckOnly() ? fleet.run("status", FleetTasks.status())
                : fleet.upgrade(properties.getTarget());
        List<String> summary = result.summaryLines();
        summary.forEach(line -> LoggingListener.LOG.info("dbmigrate: " + line));
        if (!result.success()) {
            throw new DbMigrateStartupError(String.join(System.lineSeparator(), summary),
                    "Fix the failed targets named above and start again: targets already upgraded are left as they are");
        }
        List<String> pending = new ArrayList<>();
        result.outcomes().stream().filter(o -> o.state() != null && !FleetTasks.UP_TO_DATE.equals(o.state()))
                .map(TargetOutcome::target).forEach(pending::add);
        if (!pending.isEmpty()) {
            throw new DbMigrateStartupError(pending.size() + " of " + result.outcomes().size() + " targets are not"
                    + " up to date (" + String.join(", ", pending) + ": revisions pending, or files missing or changed)"
                    + " and dbmigrate.check-only=true",
                    "Apply them (db-manage upgrade heads), or start once with dbmigrate.check-only=false");
        }
    }

    private Fleet fleet(MigrateConfig shared) {
        if (targets != null) {
            return Migrator.fleet(shared, targets.dataSources());
        }
        // Discovery and the listed URLs connect by URL: the migration connection's, else the application's.
        String url = first(properties.getUrl(), environment.getProperty("spring.datasource.url"));
        String user = first(properties.getUser(), environment.getProperty("spring.datasource.username"));
        String password = first(properties.getPassword(), environment.getProperty("spring.datasource.password"));
        if (!StringUtils.hasText(url)) {
            throw new DbMigrateStartupError("dbmigrate.targets needs a JDBC URL to connect with, and neither"
                    + " dbmigrate.url nor spring.datasource.url is set", "Set dbmigrate.url (and dbmigrate.user,"
                    + " dbmigrate.password) to the server the targets live on");
        }
        MigrateConfig config = shared.toBuilder().url(url).user(user).password(Secret.of(password == null ? ""
                : password)).fleet(new MigrateConfig.Fleet(List.of(), properties.getTargets().listed(), 1, false))
                .build();
        return Migrator.fleet(config);
    }

    private static String first(String own, String application) {
        return StringUtils.hasText(own) ? own : application;
    }

    static boolean configured(DbMigrateProperties properties, DbMigrateTargets targets) {
        return targets != null || !properties.getTargets().listed().isEmpty();
    }
}
