package org.dbmigrate.internal.dialect;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * H2 has no session lock, so the lock is a row lock: one row in a small table
 * ({@code <version table>_lock}), held by {@code SELECT ... FOR UPDATE} in a transaction that stays
 * open, on a connection of its own, until release rolls it back. Works for file databases (several
 * processes through {@code AUTO_SERVER}) and named in-memory ones alike.
 */
final class LockTableLock extends RowLock {

    /** H2's error code LOCK_TIMEOUT_1. */
    private static final int LOCK_TIMEOUT = 50200;

    private final String table;

    LockTableLock(String table) {
        this.table = table;
    }

    @Override
    protected String createSql() {
        return "CREATE TABLE IF NOT EXISTS " + table + " (id INT NOT NULL PRIMARY KEY)";
    }

    String insertRowSql() {
        return "INSERT INTO " + table + " (id) SELECT 1 WHERE NOT EXISTS (SELECT 1 FROM " + table + " WHERE id = 1)";
    }

    String timeoutSql(Duration timeout) {
        return "SET LOCK_TIMEOUT " + Math.max(1, timeout.toMillis());
    }

    String acquireSql() {
        return "SELECT id FROM " + table + " WHERE id = 1 FOR UPDATE";
    }

    @Override
    protected void prepare(Connection connection, Duration timeout) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(timeoutSql(timeout));
        }
    }

    @Override
    protected boolean take(Connection connection, Duration timeout) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            try {
                statement.execute(insertRowSql());
            } catch (SQLException e) {
                if (!isDuplicateKey(e)) {
                    throw e;
                }
                // another deployer inserted the row first: fine, it is the row we want
            }
            connection.setAutoCommit(false);
            try {
                statement.executeQuery(acquireSql()).close();
                return true;
            } catch (SQLException e) {
                connection.rollback();
                if (e.getErrorCode() == LOCK_TIMEOUT) {
                    return false;
                }
                throw e;
            }
        }
    }

    @Override
    public void release(Connection connection) throws SQLException {
        connection.rollback();
    }
}
