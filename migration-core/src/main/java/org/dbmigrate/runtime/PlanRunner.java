package org.dbmigrate.runtime;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.dbmigrate.error.MigrationError;
import org.dbmigrate.graph.Direction;
import org.dbmigrate.graph.Plan;
import org.dbmigrate.graph.Step;
import org.dbmigrate.graph.VersionChange;
import org.dbmigrate.operations.Operations;
import org.dbmigrate.script.JavaRevision;
import org.dbmigrate.script.RevisionScript;
import org.dbmigrate.script.Section;

/**
 * Runs a plan on the database: each step's statements, its version-row changes and its history row.
 *
 * <p>Transactions. Where DDL is transactional (PostgreSQL) a step's statements, version change and
 * history row commit together; {@code transaction_per_migration = false} commits once at the end of
 * the run instead. Where DDL commits on its own (MySQL, MariaDB, H2) the version row moves only
 * after the revision's last statement, and each step commits. A {@code -- migrate:no-transaction}
 * section runs in autocommit; its version change then commits right after it.
 */
public final class PlanRunner {

    private final Database database;
    private final VersionTable versions;
    private final HistoryTable history;
    private final MigrationListener listener;
    private final Clock clock;
    private final boolean transactionPerMigration;
    private Callbacks callbacks = Callbacks.none();

    public PlanRunner(Database database, VersionTable versions, HistoryTable history, MigrationListener listener,
            Clock clock, boolean transactionPerMigration) {
        this.database = database;
        this.versions = versions;
        this.history = history;
        this.listener = listener;
        this.clock = clock;
        this.transactionPerMigration = transactionPerMigration;
    }

    /**
     * Checks, before anything runs, that every step has the section it needs (a downgrade needs
     * a downgrade section). Throws a {@link MigrationError} naming the file otherwise.
     */
    public static void check(Plan plan, RevisionScripts scripts) {
        for (Step step : plan.steps()) {
            RevisionScript script = scripts.script(step.revision().id());
            if (script.java().isPresent()) {
                JavaSteps.check(script.java().get(), step.direction());
                continue;
            }
            if (step.direction() == Direction.DOWNGRADE && script.downgrade().isEmpty()) {
                throw new MigrationError("cannot downgrade " + step.arrow() + ": " + scripts.displayName(script.file())
                        + " has no '-- migrate:downgrade' section; add one, or stop the downgrade above revision "
                        + step.revision().id());
            }
        }
    }

    /**
     * Runs {@code plan} between its callbacks: {@code before_<direction>} and, once all committed,
     * {@code after_<direction>} in autocommit; {@code *_each_*} in each step's transaction; on
     * failure {@code after_<direction>_error} after the rollback, and the run's error is thrown.
     */
    public void run(Plan plan, RevisionScripts scripts, Direction direction, Callbacks callbacks) {
        Connection connection = database.connection();
        callbacks.run(CallbackEvent.before(direction), null, connection);
        this.callbacks = callbacks;
        try {
            run(plan, scripts);
        } catch (RuntimeException e) {
            try {
                callbacks.run(CallbackEvent.afterError(direction), null, connection);
            } catch (RuntimeException callbackFailed) {
                e.addSuppressed(callbackFailed);
            }
            throw e;
        } finally {
            this.callbacks = Callbacks.none();
        }
        callbacks.run(CallbackEvent.after(direction), null, connection);
    }

    /** Runs every step of {@code plan}; on failure throws {@link StepFailed} after rolling back what it can. */
    public void run(Plan plan, RevisionScripts scripts) {
        check(plan, scripts);
        Connection connection = database.connection();
        boolean wholeRun = wholeRun();
        Set<String> committed = new LinkedHashSet<>(plan.fromHeads());
        Set<String> pending = new LinkedHashSet<>(plan.fromHeads());
        long runStart = System.nanoTime();
        int n = 0;
        try {
            connection.setAutoCommit(false);
            for (Step step : plan.steps()) {
                n++;
                listener.stepStarting(n, plan.steps().size(), step, Duration.ofNanos(System.nanoTime() - runStart));
                listener.info("Running " + step.direction().word() + " " + step.arrow() + ", "
                        + step.revision().message());
                RevisionScript script = scripts.script(step.revision().id());
                if (!section(step, script).transactional()) {
                    // autocommit from here: what is pending becomes permanent now
                    connection.commit();
                    committed = new LinkedHashSet<>(pending);
                }
                callbacks.run(CallbackEvent.beforeEach(step.direction()), step.revision().id(), connection);
                runStep(step, script, scripts, committed);
                callbacks.run(CallbackEvent.afterEach(step.direction()), step.revision().id(), connection);
                apply(pending, step.versionChanges());
                if (!wholeRun) {
                    connection.commit();
                    committed = new LinkedHashSet<>(pending);
                }
            }
            connection.commit();
        } catch (SQLException e) {
            rollbackQuietly(e);
            throw new DatabaseFailure("the migration could not be committed: " + DatabaseFailure.firstLine(e), e);
        } catch (RuntimeException e) {
            rollbackQuietly(e);
            throw e;
        } finally {
            restoreAutoCommit();
        }
    }

    private void runStep(Step step, RevisionScript script, RevisionScripts scripts, Set<String> committed)
            throws SQLException {
        if (script.java().isPresent()) {
            runJavaStep(step, script, scripts, committed);
            return;
        }
        Section section = section(step, script);
        boolean autocommit = !section.transactional();
        long start = System.nanoTime();
        List<Integer> ran = new ArrayList<>();
        Connection connection = database.connection();
        if (autocommit) {
            connection.setAutoCommit(true);
        }
        try (Statement statement = connection.createStatement()) {
            for (org.dbmigrate.script.Statement sql : section.statements()) {
                try {
                    statement.execute(sql.sql());
                } catch (SQLException e) {
                    throw failed(step, script, scripts, sql.line(), e, ran, autocommit, committed);
                }
                ran.add(sql.line());
            }
        } finally {
            if (autocommit) {
                connection.setAutoCommit(false);
            }
        }
        versions.apply(step.versionChanges());
        history.record(row(step, script, start, true));
    }

    /** A Java revision's operations, run as they are called, in the step's transaction. */
    private void runJavaStep(Step step, RevisionScript script, RevisionScripts scripts, Set<String> committed)
            throws SQLException {
        JavaRevision java = script.java().orElseThrow();
        long start = System.nanoTime();
        OnlineOperations online = new OnlineOperations(database.connection(), database.dialect());
        try {
            JavaSteps.body(step.direction()).run(java.migration(),
                    new Operations(online, scripts.placeholders(step.revision().id())));
        } catch (OperationFailed e) {
            SQLException cause = e.getCause() instanceof SQLException sql ? sql
                    : new SQLException(e.operation().describe() + " threw " + e.getCause(), e.getCause());
            throw failed(step, script, scripts, e.line(), cause, online.linesRun(), false, committed);
        } catch (MigrationError e) {
            throw JavaSteps.named(java, e);
        } catch (SQLException e) {
            throw failed(step, script, scripts, OnlineOperations.callerLine(e), e, online.linesRun(), false, committed);
        } catch (Exception e) {
            throw failed(step, script, scripts, OnlineOperations.callerLine(e),
                    new SQLException(step.direction().word() + "() threw " + e, e), online.linesRun(), false, committed);
        }
        versions.apply(step.versionChanges());
        history.record(row(step, script, start, true));
    }

    /** One transaction for the whole run: only where DDL is transactional and the config asks for it. */
    private boolean wholeRun() {
        return database.dialect().transactionalDdl() && !transactionPerMigration;
    }

    private static Section section(Step step, RevisionScript script) {
        return step.direction() == Direction.UPGRADE ? script.upgrade() : script.downgrade().orElseThrow();
    }

    /** Rolls back, records the failed attempt in its own transaction, and builds the user's error. */
    private StepFailed failed(Step step, RevisionScript script, RevisionScripts scripts, int line, SQLException cause,
            List<Integer> ran, boolean autocommit, Set<String> committed) {
        Connection connection = database.connection();
        StepFailed.Aftermath aftermath = autocommit ? StepFailed.Aftermath.AUTOCOMMIT
                : !database.dialect().transactionalDdl() ? StepFailed.Aftermath.DDL_COMMITTED
                : wholeRun() ? StepFailed.Aftermath.RUN_ROLLED_BACK : StepFailed.Aftermath.ROLLED_BACK;
        boolean rolledBack = aftermath == StepFailed.Aftermath.ROLLED_BACK
                || aftermath == StepFailed.Aftermath.RUN_ROLLED_BACK;
        try {
            if (!connection.getAutoCommit()) {
                connection.rollback();
            }
            connection.setAutoCommit(false);
            history.record(row(step, script, System.nanoTime(), false));
            connection.commit();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
        return new StepFailed(step, scripts.displayName(script.file()), line, DatabaseFailure.firstLine(cause),
                rolledBack ? List.of() : ran, aftermath, committed, cause);
    }

    private HistoryRow row(Step step, RevisionScript script, long startNanos, boolean success) {
        long ms = Math.max(0, (System.nanoTime() - startNanos) / 1_000_000);
        return new HistoryRow(step.revision().id(), step.direction().word(), script.checksum(), clock.instant(),
                database.appliedBy(), success ? ms : 0, success);
    }

    /** The version rows after {@code changes}, as the database will hold them once committed. */
    static void apply(Set<String> heads, List<VersionChange> changes) {
        for (VersionChange change : changes) {
            if (change instanceof VersionChange.Insert i) {
                heads.add(i.id());
            } else if (change instanceof VersionChange.Update u) {
                heads.remove(u.from());
                heads.add(u.to());
            } else {
                heads.remove(((VersionChange.Delete) change).id());
            }
        }
    }

    private void rollbackQuietly(Exception failure) {
        try {
            Connection connection = database.connection();
            if (!connection.getAutoCommit()) {
                connection.rollback();
            }
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    private void restoreAutoCommit() {
        try {
            database.connection().setAutoCommit(true);
        } catch (SQLException ignored) {
            // the connection is closed next; nothing the user can act on
        }
    }
}
