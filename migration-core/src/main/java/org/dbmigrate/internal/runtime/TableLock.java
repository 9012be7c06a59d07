package org.dbmigrate.internal.runtime;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.dbmigrate.internal.dialect.RowLock;
import org.dbmigrate.runtime.DatabaseError;

/**
 * {@code lock = table}: the lock is one row in {@code <version_table>_locks} (a {@link RowLock}, as
 * H2's lock), keyed by the lock name, with its owner, when it was taken and when it expires.
 * Inserting the row takes the lock (the key is unique, so only one insert wins); deleting it
 * releases it. Nothing lives in a session, so it works behind PgBouncer in transaction mode and on
 * engines without advisory locks.
 *
 * <p>While held, the row's expiry is pushed forward every {@link #renewEvery} on the lock's own
 * connection. A row past its expiry was left by a deployer that died: it is taken over, with a
 * warning naming the old owner. Times are the deployers' clocks in epoch milliseconds, so their
 * clocks must agree to well within the expiry.
 */
final class TableLock extends RowLock {

    /** How long a row stays valid without renewal: a dead deployer blocks the others this long at most. */
    static final Duration EXPIRY = Duration.ofSeconds(30);
    private static final Duration POLL = Duration.ofMillis(100);

    private final String table;
    private final String key;
    private final String owner;
    private final Duration expiry;
    private final Duration renewEvery;
    private final Consumer<String> warnings;
    private ScheduledExecutorService renewer;

    TableLock(String table, String key, String owner, Duration expiry, Consumer<String> warnings) {
        this.table = table;
        this.key = key;
        this.owner = owner;
        this.expiry = expiry;
        this.renewEvery = expiry.dividedBy(3);
        this.warnings = warnings;
    }

    @Override
    protected String createSql() {
        return "CREATE TABLE IF NOT EXISTS " + table + " (lock_key VARCHAR(100) NOT NULL PRIMARY KEY,"
                + " owner VARCHAR(255) NOT NULL, locked_at BIGINT NOT NULL, expires_at BIGINT NOT NULL)";
    }

    String insertSql() {
        return "INSERT INTO " + table + " (lock_key, owner, locked_at, expires_at) VALUES (?, ?, ?, ?)";
    }

    String readSql() {
        return "SELECT owner, expires_at FROM " + table + " WHERE lock_key = ?";
    }

    /** Deletes the stale row only if it is still the one we read: of two deployers, one takes it over. */
    String takeOverSql() {
        return "DELETE FROM " + table + " WHERE lock_key = ? AND owner = ? AND expires_at = ?";
    }

    String renewSql() {
        return "UPDATE " + table + " SET expires_at = ? WHERE lock_key = ? AND owner = ?";
    }

    String releaseSql() {
        return "DELETE FROM " + table + " WHERE lock_key = ? AND owner = ?";
    }

    @Override
    protected boolean take(Connection connection, Duration timeout) throws SQLException {
        long deadline = System.currentTimeMillis() + timeout.toMillis();
        while (true) {
            if (tryInsert(connection)) {
                startRenewing(connection);
                return true;
            }
            if (takeOverIfStale(connection)) {
                continue;
            }
            long left = deadline - System.currentTimeMillis();
            if (left <= 0) {
                return false;
            }
            sleep(Math.min(left, POLL.toMillis()));
        }
    }

    private boolean tryInsert(Connection connection) throws SQLException {
        long now = System.currentTimeMillis();
        try (PreparedStatement insert = connection.prepareStatement(insertSql())) {
            insert.setString(1, key);
            insert.setString(2, owner);
            insert.setLong(3, now);
            insert.setLong(4, now + expiry.toMillis());
            insert.executeUpdate();
            return true;
        } catch (SQLException e) {
            if (isDuplicateKey(e)) {
                return false;
            }
            throw e;
        }
    }

    private boolean takeOverIfStale(Connection connection) throws SQLException {
        String holder;
        long expiresAt;
        try (PreparedStatement read = connection.prepareStatement(readSql())) {
            read.setString(1, key);
            try (ResultSet rs = read.executeQuery()) {
                if (!rs.next()) {
                    return true; // released between our insert and this read: try again at once
                }
                holder = rs.getString(1);
                expiresAt = rs.getLong(2);
            }
        }
        if (expiresAt >= System.currentTimeMillis()) {
            return false;
        }
        try (PreparedStatement delete = connection.prepareStatement(takeOverSql())) {
            delete.setString(1, key);
            delete.setString(2, holder);
            delete.setLong(3, expiresAt);
            if (delete.executeUpdate() == 1) {
                warnings.accept("took over the migration lock in " + table + " left by " + holder
                        + ", which expired at " + Instant.ofEpochMilli(expiresAt)
                        + " without being released (that deployer stopped or lost its connection)");
            }
        }
        return true;
    }

    private void startRenewing(Connection connection) {
        renewer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "dbmigrate-lock-renewal");
            thread.setDaemon(true);
            return thread;
        });
        long every = renewEvery.toMillis();
        renewer.scheduleWithFixedDelay(() -> renew(connection), every, every, TimeUnit.MILLISECONDS);
    }

    private void renew(Connection connection) {
        synchronized (connection) {
            try (PreparedStatement update = connection.prepareStatement(renewSql())) {
                update.setLong(1, System.currentTimeMillis() + expiry.toMillis());
                update.setString(2, key);
                update.setString(3, owner);
                if (update.executeUpdate() == 0) {
                    warnings.accept("the migration lock in " + table + " was taken over by another deployer while"
                            + " this one held it; check that the deployers' clocks agree");
                }
            } catch (SQLException e) {
                warnings.accept("cannot renew the migration lock in " + table + ": " + DatabaseError.firstLine(e));
            }
        }
    }

    @Override
    public void release(Connection connection) throws SQLException {
        stopRenewing();
        synchronized (connection) {
            try (PreparedStatement delete = connection.prepareStatement(releaseSql())) {
                delete.setString(1, key);
                delete.setString(2, owner);
                delete.executeUpdate();
            }
        }
    }

    private void stopRenewing() {
        if (renewer == null) {
            return;
        }
        renewer.shutdownNow();
        try {
            renewer.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DatabaseError("interrupted while waiting for the migration lock", null);
        }
    }
}
