package org.dbmigrate.internal.runtime;

import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dbmigrate.config.MigrateConfig;
import org.dbmigrate.runtime.DatabaseError;
import org.dbmigrate.runtime.HistoryRow;
import org.dbmigrate.runtime.MigrationListener;
import org.dbmigrate.runtime.UnfinishedRevisionError;

/**
 * One command's time on the database: the connection, the version and history tables, and the
 * lock. Commands read the heads first without changing anything (so a bad target fails on an
 * untouched database), then do their work inside {@link #locked}.
 */
public final class MigrationSession implements AutoCloseable {

    /** Work done while holding the lock, given the heads as read after the lock was taken. */
    @FunctionalInterface
    public interface LockedWork<T> {
        T run(Set<String> heads) throws SQLException;
    }

    private final ConnectionSource connections;
    private final MigrateConfig config;
    private final MigrationListener listener;
    private final Clock clock;
    private final Database database;
    private final VersionTable versions;
    private final HistoryTable history;
    private final ProgressTable progress;
    private final StepRecorder recorder;

    private MigrationSession(ConnectionSource connections, MigrateConfig config, MigrationListener listener,
            Clock clock, Database database) {
        this.connections = connections;
        this.config = config;
        this.listener = listener;
        this.clock = clock;
        this.database = database;
        this.versions = new VersionTable(database, config.versionTable());
        this.history = new HistoryTable(database, config.historyTable());
        this.progress = new ProgressTable(database, config.versionTable());
        this.recorder = new StepRecorder(database, versions, history, progress);
    }

    public static MigrationSession open(ConnectionSource connections, MigrateConfig config, MigrationListener listener,
            Clock clock) {
        return new MigrationSession(connections, config, listener, clock, Database.connect(connections));
    }

    public Database database() {
        return database;
    }

    public VersionTable versions() {
        return versions;
    }

    public HistoryTable history() {
        return history;
    }

    /** Tells the listener which database this session works on (see {@link MigrationListener#database}). */
    public void announce() {
        listener.database("Database: " + database.description());
    }

    /** Revisions started where statements commit one by one and not known to have finished. */
    public ProgressTable progress() {
        return progress;
    }

    /** The version rows, read without creating anything; empty when there is no version table. */
    public Set<String> heads() {
        return sql(() -> versions.heads());
    }

    /**
     * Takes the lock (waiting at most {@code lock_timeout}), creates the version and history
     * tables if missing, re-reads the heads (another deployer may have moved them while we waited)
     * and runs {@code work}; releases the lock however it ends.
     */
    public <T> T locked(LockedWork<T> work) {
        try (MigrationLock lock = MigrationLock.acquire(database, connections, config.versionTable(),
                config.lockTimeout(), config.lock(), listener)) {
            return sql(() -> {
                createMissingTables();
                Optional<String> created = connections.takeCreatedSchema();
                if (created.isPresent()) {
                    history.record(new HistoryRow(HistoryRow.SCHEMA_PREFIX + created.get(), HistoryRow.CREATE_SCHEMA,
                            null, clock.instant(), database.appliedBy(), 0, true));
                }
                return work.run(versions.heads());
            });
        } finally {
            database.forgetPresent();
        }
    }

    /**
     * The version, history and progress tables, created where missing: one catalog query, and a
     * {@code CREATE TABLE IF NOT EXISTS} (safe against a deployer not using the lock) only for a
     * table it did not find. Until the lock is released they are known to exist.
     */
    private void createMissingTables() throws SQLException {
        List<String> tables = List.of(versions.name(), history.name(), progress.name());
        Set<String> existing = database.existingTables(tables);
        if (!existing.contains(versions.name())) {
            versions.createIfMissing();
        }
        if (!existing.contains(history.name())) {
            history.createIfMissing();
        }
        if (!existing.contains(progress.name())) {
            progress.createIfMissing();
        }
        database.markPresent(tables);
    }

    public PlanRunner runner() {
        return new PlanRunner(database, recorder, history, progress, listener, clock,
                config.transactionPerMigration()).limits(config.statementTimeout(), config.revisionTimeout());
    }

    public AppliedChecksums checksums() {
        return new AppliedChecksums(database, history, clock);
    }

    public Stamper stamper() {
        return new Stamper(database, versions, history, listener, clock);
    }

    /** Throws {@link UnfinishedRevisionError} when an earlier run left a revision unfinished. */
    public void refuseUnfinished(RevisionScripts scripts) throws SQLException {
        PlanRunner.refuseUnfinished(progress, scripts);
    }

    public Resolver resolver() {
        return new Resolver(database, versions, history, progress, clock);
    }

    public PopulateRunner populate() {
        return new PopulateRunner(database, listener, clock);
    }

    @Override
    public void close() {
        try {
            versions.close();
            history.close();
            progress.close();
            recorder.close();
        } catch (SQLException e) {
            throw new DatabaseError("cannot close statements: " + DatabaseError.firstLine(e), e);
        } finally {
            if (H2FileServer.applies(config.url())) {
                H2FileServer.awaitClients(database.connection(), config.lockTimeout(), listener);
            }
            database.close();
        }
    }

    private interface SqlWork<T> {
        T run() throws SQLException;
    }

    private static <T> T sql(SqlWork<T> work) {
        try {
            return work.run();
        } catch (SQLException e) {
            throw new DatabaseError(DatabaseError.firstLine(e), e);
        }
    }
}
