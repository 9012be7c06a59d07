package org.dbmigrate.internal.dialect;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * PostgreSQL's session-level advisory lock, tried first without waiting. A wait is bounded by
 * {@code lock_timeout}, set for the one acquiring statement and reset afterwards so that it does not
 * apply to the migrations.
 */
final class AdvisoryLock implements DatabaseLock {

    /** SQLSTATE lock_not_available, raised when lock_timeout expires. */
    private static final String LOCK_NOT_AVAILABLE = "55P03";

    private final long key;

    AdvisoryLock(long key) {
        this.key = key;
    }

    String timeoutSql(Duration timeout) {
        // 0 would mean "wait forever" to PostgreSQL.
        return "SET lock_timeout = " + Math.max(1, timeout.toMillis());
    }

    String acquireSql() {
        return "SELECT pg_advisory_lock(" + key + ")";
    }

    String releaseSql() {
        return "SELECT pg_advisory_unlock(" + key + ")";
    }

    String tryAcquireSql() {
        return "SELECT pg_try_advisory_lock(" + key + ")";
    }

    /** A free lock is taken in one round trip; only a held one needs the bounded wait (three statements). */
    @Override
    public boolean acquire(Connection connection, Duration timeout) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            try (ResultSet free = statement.executeQuery(tryAcquireSql())) {
                if (free.next() && free.getBoolean(1)) {
                    return true;
                }
            }
            statement.execute(timeoutSql(timeout));
            try {
                statement.execute(acquireSql());
                return true;
            } catch (SQLException e) {
                if (LOCK_NOT_AVAILABLE.equals(e.getSQLState())) {
                    return false;
                }
                throw e;
            } finally {
                statement.execute("RESET lock_timeout");
            }
        }
    }

    @Override
    public void release(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(releaseSql());
        }
    }
}
