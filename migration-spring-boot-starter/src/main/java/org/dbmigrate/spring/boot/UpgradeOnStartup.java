package org.dbmigrate.spring.boot;

import java.util.Collection;
import java.util.List;
import org.dbmigrate.Migrator;
import org.dbmigrate.graph.Plan;
import org.dbmigrate.graph.UnknownRevisionError;

/**
 * The default start-up strategy: refuse (or leave alone) a database that is ahead of the
 * application, then either check that nothing is pending or upgrade to {@code dbmigrate.target},
 * logging a summary.
 */
final class UpgradeOnStartup implements DbMigrateStrategy {

    private final DbMigrateProperties properties;

    UpgradeOnStartup(DbMigrateProperties properties) {
        this.properties = properties;
    }

    @Override
    public void migrate(Migrator migrator) {
        if (properties.isCheckOnly()) {
            DatabaseStatus status = DatabaseStatus.read(migrator);
            if (!status.unknown().isEmpty()) {
                ahead(status);
                return;
            }
            check(status);
            return;
        }
        long start = System.nanoTime();
        Plan plan;
        try {
            // One read of the revisions on the usual path; the status is read only to explain a database ahead.
            plan = migrator.upgrade(properties.getTarget()).plan();
        } catch (UnknownRevisionError e) {
            if (!e.versionRow()) {
                throw e;
            }
            ahead(DatabaseStatus.read(migrator));
            return;
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        LoggingListener.LOG.info(plan.isEmpty()
                ? "dbmigrate: database at " + heads(plan.toHeads()) + ", nothing to upgrade (" + ms + " ms)"
                : "dbmigrate: upgraded " + plan.steps().size() + " revision" + (plan.steps().size() == 1 ? "" : "s")
                        + " from " + heads(plan.fromHeads()) + " to " + heads(plan.toHeads()) + " in " + ms + " ms");
    }

    /** The database holds revisions this application does not know: refuse, or start without migrating. */
    private void ahead(DatabaseStatus status) {
        String line = "the database is at " + String.join(", ", status.unknown()) + ", which no revision in "
                + String.join(", ", properties.getLocations()) + " defines (a newer application migrated it)";
        if (properties.isFailWhenAhead()) {
            throw new DbMigrateStartupError(line, "Deploy the application version that has this revision,"
                    + " or set dbmigrate.fail-when-ahead=false to start without migrating");
        }
        LoggingListener.LOG.warn("dbmigrate: " + line + "; not migrating (dbmigrate.fail-when-ahead=true stops"
                + " start-up instead)");
    }

    private static void check(DatabaseStatus status) {
        if (!status.pending().isEmpty()) {
            List<String> pending = status.pending();
            throw new DbMigrateStartupError(pending.size() + " revision" + (pending.size() == 1 ? " is" : "s are")
                    + " pending (" + String.join(", ", pending) + ") and dbmigrate.check-only=true",
                    "Apply them (db-manage upgrade heads), or start once with dbmigrate.check-only=false");
        }
        LoggingListener.LOG.info("dbmigrate: database at " + heads(status.current()) + ", nothing pending");
    }

    private static String heads(Collection<String> heads) {
        return heads.isEmpty() ? "base" : String.join(", ", heads.stream().sorted().toList());
    }
}
