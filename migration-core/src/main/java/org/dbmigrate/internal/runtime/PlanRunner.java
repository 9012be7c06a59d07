package org.dbmigrate.internal.runtime;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dbmigrate.error.MigrationError;
import org.dbmigrate.graph.Direction;
import org.dbmigrate.graph.Plan;
import org.dbmigrate.graph.Step;
import org.dbmigrate.internal.dialect.Dialect;
import org.dbmigrate.internal.script.JavaRevision;
import org.dbmigrate.internal.script.RevisionScript;
import org.dbmigrate.internal.script.Section;
import org.dbmigrate.internal.script.SqlStatement;
import org.dbmigrate.operations.Operations;
import org.dbmigrate.runtime.CallbackEvent;
import org.dbmigrate.runtime.DatabaseError;
import org.dbmigrate.runtime.HistoryRow;
import org.dbmigrate.runtime.MigrationListener;
import org.dbmigrate.runtime.RanStep;
import org.dbmigrate.runtime.StepError;
import org.dbmigrate.runtime.UnfinishedRevisionError;
import org.dbmigrate.runtime.UnfinishedStep;

/**
 * Runs a plan on the database: each step's statements, its version-row changes and its history row.
 *
 * <p>Transactions. Where DDL is transactional (PostgreSQL) a step's statements, version change and
 * history row commit together; {@code transaction_per_migration = false} commits once at the end of
 * the run instead. Where DDL commits on its own (MySQL, MariaDB, H2) the version row moves only
 * after the revision's last statement, and each step commits. A {@code -- migrate:no-transaction}
 * section runs in autocommit; its version change then commits right after it.
 *
 * <p>Where statements commit one by one (MySQL, MariaDB, H2, no-transaction sections) a step is
 * marked as started in the {@link ProgressTable} before its first statement, each statement commits
 * with the count of statements done, and the marker goes in the commit that moves the version row.
 * A run that finds a marker refuses to start ({@link UnfinishedRevisionError}): the statements
 * before the interruption must not run twice.
 */
public final class PlanRunner {

    private final Database database;
    private final StepRecorder recorder;
    private final HistoryTable history;
    private final ProgressTable progress;
    private final MigrationListener listener;
    private final Clock clock;
    private final boolean transactionPerMigration;
    private Duration statementTimeout = Duration.ZERO;
    private Duration revisionTimeout = Duration.ZERO;
    private Callbacks callbacks = Callbacks.none();

    PlanRunner(Database database, StepRecorder recorder, HistoryTable history, ProgressTable progress,
            MigrationListener listener, Clock clock, boolean transactionPerMigration) {
        this.database = database;
        this.recorder = recorder;
        this.history = history;
        this.progress = progress;
        this.listener = listener;
        this.clock = clock;
        this.transactionPerMigration = transactionPerMigration;
    }

    /**
     * Time limits: {@code statementTimeout} for each SQL statement (the driver cancels it), and
     * {@code revisionTimeout} for a Java revision's code; zero means none.
     */
    public PlanRunner limits(Duration statementTimeout, Duration revisionTimeout) {
        this.statementTimeout = statementTimeout;
        this.revisionTimeout = revisionTimeout;
        return this;
    }

    /**
     * Checks, before anything runs, that every step has the section it needs (a downgrade needs
     * a downgrade section) and that its file splits into statements; files are split only here,
     * for the steps of the plan. Throws a {@link MigrationError} naming the file otherwise.
     */
    public static void check(Plan plan, RevisionScripts scripts) {
        for (Step step : plan.steps()) {
            RevisionScript script = scripts.script(step.revision().id());
            if (script.java().isPresent()) {
                JavaSteps.check(script.java().get(), step.direction());
                continue;
            }
            if (step.direction() == Direction.UPGRADE) {
                script.upgrade();
            } else if (script.downgrade().isEmpty()) {
                throw new MigrationError("cannot downgrade " + step.arrow() + ": " + scripts.displayName(script.file())
                        + " has no '-- migrate:downgrade' section; add one, or stop the downgrade above revision "
                        + step.revision().id());
            }
        }
    }

    /**
     * Checks, before anything runs, that no section that runs in a transaction holds a statement
     * the database refuses in one ({@code CREATE INDEX CONCURRENTLY} on PostgreSQL): names the file,
     * the line and the {@code -- migrate:no-transaction} directive that fixes it.
     */
    public static void checkTransactions(Plan plan, RevisionScripts scripts, Dialect dialect) {
        for (Step step : plan.steps()) {
            RevisionScript script = scripts.script(step.revision().id());
            if (script.java().isPresent() || !transactional(step, script)) {
                continue;
            }
            for (SqlStatement sql : section(step, script).statements()) {
                Optional<String> refused = dialect.refusedInTransaction(sql.sql());
                if (refused.isPresent()) {
                    String marker = "-- migrate:" + step.direction().word();
                    throw new MigrationError(scripts.displayName(script.file()) + ":" + sql.line() + ": "
                            + dialect.name() + " cannot run " + refused.get() + " inside a transaction; add the line"
                            + " '-- migrate:no-transaction' right after '" + marker + "' so that section runs"
                            + " outside one (each statement then commits on its own)");
                }
            }
        }
    }

    /**
     * Runs {@code plan} between its callbacks and returns how long each step took:
     * {@code before_<direction>} and, once all committed, {@code after_<direction>} in autocommit;
     * {@code *_each_*} in each step's transaction; on failure {@code after_<direction>_error} after
     * the rollback, and the run's error is thrown.
     */
    public List<RanStep> run(Plan plan, RevisionScripts scripts, Direction direction, Callbacks callbacks) {
        Connection connection = database.connection();
        callbacks.run(CallbackEvent.before(direction), null, connection);
        this.callbacks = callbacks;
        List<RanStep> ran;
        try {
            ran = run(plan, scripts);
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
        return ran;
    }

    /**
     * Runs every step of {@code plan} and returns how long each took; on failure throws
     * {@link StepError} after rolling back what it can. Throws {@link UnfinishedRevisionError} before
     * running anything when an earlier run left a revision unfinished.
     */
    public List<RanStep> run(Plan plan, RevisionScripts scripts) {
        check(plan, scripts);
        checkTransactions(plan, scripts, database.dialect());
        Connection connection = database.connection();
        boolean wholeRun = wholeRun();
        // the version rows as committed, and as they stand in the open transaction
        Set<String> committed = plan.fromHeads();
        Set<String> pending = plan.fromHeads();
        long runStart = System.nanoTime();
        List<RanStep> ran = new ArrayList<>();
        List<Step> steps = plan.steps();
        String marked = null;
        String current = null;
        try {
            refuseUnfinished(progress, scripts);
            connection.setAutoCommit(false);
            for (int n = 1; n <= steps.size(); n++) {
                Step step = steps.get(n - 1);
                current = step.revision().id();
                listener.stepStarting(n, steps.size(), step, Duration.ofNanos(System.nanoTime() - runStart));
                listener.info("Running " + step.direction().word() + " " + step.arrow() + ", "
                        + step.revision().message());
                RevisionScript script = scripts.script(step.revision().id());
                if (!transactional(step, script)) {
                    // autocommit from here: what is pending becomes permanent now
                    connection.commit();
                    committed = pending;
                }
                boolean marks = marks(step, script);
                if (marks && marked == null) {
                    progress.start(step, script.checksum(), total(script, step), clock.instant());
                    connection.commit();
                    committed = pending;
                }
                ProgressTable.Handover handover = marks ? handover(step, n < steps.size() ? steps.get(n) : null,
                        scripts) : null;
                long stepStart = System.nanoTime();
                callbacks.run(CallbackEvent.beforeEach(step.direction()), step.revision().id(), connection);
                runStep(step, script, scripts, committed, handover);
                callbacks.run(CallbackEvent.afterEach(step.direction()), step.revision().id(), connection);
                ran.add(new RanStep(step, Duration.ofNanos(System.nanoTime() - stepStart)));
                pending = step.headsAfter();
                marked = handover == null || handover.next() == null ? null : handover.next().revision().id();
                if (!wholeRun) {
                    connection.commit();
                    committed = pending;
                }
            }
            connection.commit();
            return List.copyOf(ran);
        } catch (SQLException e) {
            rollbackQuietly(e);
            if (!database.isAlive()) {
                throw new DatabaseError("the connection to the database was lost while committing revision "
                        + current + " (" + DatabaseError.firstLine(e) + "), so whether it was committed is unknown;"
                        + " run 'current' to see where the database stands", e);
            }
            throw new DatabaseError("the migration could not be committed: " + DatabaseError.firstLine(e), e);
        } catch (RuntimeException e) {
            rollbackQuietly(e);
            throw e;
        } finally {
            restoreAutoCommit();
        }
    }

    /** Stops before anything runs when an earlier run left a revision unfinished. */
    static void refuseUnfinished(ProgressTable progress, RevisionScripts scripts) throws SQLException {
        List<UnfinishedStep> unfinished = progress.unfinished();
        if (!unfinished.isEmpty()) {
            throw new UnfinishedRevisionError(unfinished.get(0), scripts, unfinished.size() - 1);
        }
    }

    /** Whether a step's statements commit one by one, so that it needs a progress marker. */
    private boolean marks(Step step, RevisionScript script) {
        return !database.dialect().transactionalDdl() || !transactional(step, script);
    }

    private static int total(RevisionScript script, Step step) {
        return script.java().isPresent() ? -1 : section(step, script).statements().size();
    }

    /**
     * What the commit that finishes the marked {@code step} does with its marker: passes it to
     * {@code next} when that needs one too (one statement instead of three), else removes it.
     */
    private ProgressTable.Handover handover(Step step, Step next, RevisionScripts scripts) {
        if (next != null && !wholeRun()) {
            RevisionScript nextScript = scripts.script(next.revision().id());
            if (marks(next, nextScript)) {
                return new ProgressTable.Handover(step.revision().id(), next, nextScript.checksum(),
                        total(nextScript, next));
            }
        }
        return ProgressTable.Handover.remove(step.revision().id());
    }

    /** Runs a step's statements and records it; {@code handover} is null for a step that is not marked. */
    private void runStep(Step step, RevisionScript script, RevisionScripts scripts, Set<String> committed,
            ProgressTable.Handover handover) throws SQLException {
        boolean marked = handover != null;
        if (script.java().isPresent()) {
            runJavaStep(step, script, scripts, committed, handover);
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
            statement.setQueryTimeout((int) statementTimeout.toSeconds());
            var statements = section.statements();
            for (int i = 0; i < statements.size(); i++) {
                var sql = statements.get(i);
                try {
                    statement.execute(sql.sql());
                    ran.add(sql.line());
                    if (marked && i < statements.size() - 1) {
                        // the last statement's count goes with the version row, in the step's own commit
                        progress.advance(step.revision().id(), i + 1);
                        if (!autocommit) {
                            connection.commit();
                        }
                    }
                } catch (SQLException e) {
                    throw failed(step, script, scripts, sql.line(), e, ran, autocommit, committed, marked);
                }
            }
        } catch (StepError e) {
            if (autocommit && e.aftermath() != StepError.Aftermath.CONNECTION_LOST) {
                connection.setAutoCommit(false);
            }
            throw e;
        }
        if (autocommit) {
            connection.setAutoCommit(false);
        }
        recorder.record(step, row(step, script, start, true), handover);
    }

    /** A Java revision's operations, run as they are called, in the step's transaction. */
    private void runJavaStep(Step step, RevisionScript script, RevisionScripts scripts, Set<String> committed,
            ProgressTable.Handover handover) throws SQLException {
        boolean marked = handover != null;
        JavaRevision java = script.java().orElseThrow();
        long start = System.nanoTime();
        boolean autocommit = !java.migration().transactional();
        Connection connection = database.connection();
        OnlineOperations online = new OnlineOperations(connection, database.dialect());
        try {
            connection.setAutoCommit(autocommit);
            GuardedRevision.run(step.direction().word() + " " + step.arrow(), scripts.displayName(script.file()),
                    revisionTimeout, connection,
                    () -> JavaSteps.body(step.direction()).run(java.migration(),
                            new Operations(online, scripts.placeholders(step.revision().id()))));
        } catch (OperationError e) {
            SQLException cause = e.getCause() instanceof SQLException sql ? sql
                    : new SQLException(e.operation().describe() + " threw " + e.getCause(), e.getCause());
            throw failed(step, script, scripts, e.line(), cause, online.linesRun(), autocommit, committed, marked);
        } catch (MigrationError e) {
            throw JavaSteps.named(java, e);
        } catch (SQLException e) {
            throw failed(step, script, scripts, OnlineOperations.callerLine(e), e, online.linesRun(), autocommit,
                    committed, marked);
        } catch (Exception e) {
            throw failed(step, script, scripts, OnlineOperations.callerLine(e),
                    new SQLException(step.direction().word() + "() threw " + e, e), online.linesRun(), autocommit,
                    committed, marked);
        } finally {
            if (autocommit) {
                connection.setAutoCommit(false);
            }
        }
        recorder.record(step, row(step, script, start, true), handover);
    }

    /** One transaction for the whole run: only where DDL is transactional and the config asks for it. */
    private boolean wholeRun() {
        return database.dialect().transactionalDdl() && !transactionPerMigration;
    }

    /** Whether the step runs in a transaction: its section's directive, or the Java revision's choice. */
    private static boolean transactional(Step step, RevisionScript script) {
        return script.java().isPresent() ? script.java().get().migration().transactional()
                : section(step, script).transactional();
    }

    private static Section section(Step step, RevisionScript script) {
        return step.direction() == Direction.UPGRADE ? script.upgrade() : script.downgrade().orElseThrow();
    }

    /**
     * Rolls back, records the failed attempt in its own transaction, and builds the user's error.
     * A marked step keeps its marker when some of its statements took effect; with none, the
     * marker goes. After a lost connection nothing can be written and nothing is claimed.
     */
    private StepError failed(Step step, RevisionScript script, RevisionScripts scripts, int line, SQLException cause,
            List<Integer> ran, boolean autocommit, Set<String> committed, boolean marked) {
        Connection connection = database.connection();
        String file = scripts.displayName(script.file());
        if (!database.isAlive()) {
            return new StepError(step, file, line, DatabaseError.firstLine(cause), ran,
                    StepError.Aftermath.CONNECTION_LOST, committed, marked, cause);
        }
        StepError.Aftermath aftermath = autocommit ? StepError.Aftermath.AUTOCOMMIT
                : !database.dialect().transactionalDdl() ? StepError.Aftermath.DDL_COMMITTED
                : wholeRun() ? StepError.Aftermath.RUN_ROLLED_BACK : StepError.Aftermath.ROLLED_BACK;
        boolean rolledBack = aftermath == StepError.Aftermath.ROLLED_BACK
                || aftermath == StepError.Aftermath.RUN_ROLLED_BACK;
        try {
            if (!connection.getAutoCommit()) {
                connection.rollback();
            }
            connection.setAutoCommit(false);
            if (marked && ran.isEmpty()) {
                progress.finish(step.revision().id());
            }
            history.record(row(step, script, System.nanoTime(), false));
            connection.commit();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
        return new StepError(step, file, line, DatabaseError.firstLine(cause), rolledBack ? List.of() : ran,
                aftermath, committed, marked && !ran.isEmpty(), cause);
    }

    private HistoryRow row(Step step, RevisionScript script, long startNanos, boolean success) {
        long ms = Math.max(0, (System.nanoTime() - startNanos) / 1_000_000);
        return new HistoryRow(step.revision().id(), step.direction().word(), script.checksum(), clock.instant(),
                database.appliedBy(), success ? ms : 0, success);
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
