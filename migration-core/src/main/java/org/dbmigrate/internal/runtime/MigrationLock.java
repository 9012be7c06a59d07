package org.dbmigrate.internal.runtime;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import org.dbmigrate.config.MigrateConfig.LockKind;
import org.dbmigrate.internal.dialect.DatabaseLock;
import org.dbmigrate.internal.dialect.LockName;
import org.dbmigrate.runtime.DatabaseError;
import org.dbmigrate.runtime.LockTimeoutError;
import org.dbmigrate.runtime.MigrationListener;

/**
 * The database lock a mutating command holds from before it reads the version table until it has
 * finished, so that concurrent deployers run one after the other and never apply a revision twice.
 */
public final class MigrationLock implements AutoCloseable {

    private final DatabaseLock lock;
    private final Connection connection;
    private final boolean ownConnection;

    private MigrationLock(DatabaseLock lock, Connection connection, boolean ownConnection) {
        this.lock = lock;
        this.connection = connection;
        this.ownConnection = ownConnection;
    }

    /** Waits at most {@code timeout}; throws {@link LockTimeoutError} naming it when the wait runs out. */
    public static MigrationLock acquire(Database database, ConnectionSource connections, String versionTable,
            Duration timeout) {
        return acquire(database, connections, versionTable, timeout, LockKind.ADVISORY, MigrationListener.SILENT);
    }

    /**
     * As {@link #acquire(Database, ConnectionSource, String, Duration)}, with the lock the config names;
     * {@code listener} hears of a stale table lock taken over.
     */
    public static MigrationLock acquire(Database database, ConnectionSource connections, String versionTable,
            Duration timeout, LockKind kind, MigrationListener listener) {
        Connection connection = null;
        boolean own = false;
        try {
            LockName name = new LockName(database.lockScope(), versionTable);
            DatabaseLock lock = kind == LockKind.TABLE
                    ? new TableLock(versionTable + "_locks", name.text(100), LockOwner.describe(), TableLock.EXPIRY,
                            listener::warn)
                    : database.dialect().lock(name);
            own = lock.needsOwnConnection();
            connection = own ? connections.open() : database.connection();
            if (!lock.acquire(connection, timeout)) {
                throw new LockTimeoutError(database.databaseName().isEmpty() ? "the database" : "database '"
                        + database.databaseName() + "'", timeout);
            }
            return new MigrationLock(lock, connection, own);
        } catch (SQLException e) {
            closeOwn(connection, own);
            throw new DatabaseError("cannot take the migration lock: " + DatabaseError.firstLine(e), e);
        } catch (RuntimeException e) {
            closeOwn(connection, own);
            throw e;
        }
    }

    private static void closeOwn(Connection connection, boolean own) {
        if (own && connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // the acquire failure is what the user needs to see
            }
        }
    }

    @Override
    public void close() {
        try {
            lock.release(connection);
        } catch (SQLException e) {
            throw new DatabaseError("cannot release the migration lock: " + DatabaseError.firstLine(e), e);
        } finally {
            closeOwn(connection, ownConnection);
        }
    }
}
