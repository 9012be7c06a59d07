package org.dbmigrate.internal.dialect;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * A lock kept in a table row, on a connection of its own: taking it creates the table when missing,
 * then {@link #take} claims the row. H2's lock ({@link LockTableLock}) holds the row with
 * {@code FOR UPDATE} in an open transaction; {@code lock = table} (the runtime's TableLock) leases
 * it with an expiry it renews. They stay two subclasses because they end differently when a
 * deployer dies: H2's with the connection, the lease at its expiry.
 */
public abstract class RowLock implements DatabaseLock {

    /** The {@code CREATE TABLE IF NOT EXISTS} of the lock's table. */
    protected abstract String createSql();

    /** Runs on the autocommit connection before the table is created (H2 sets its lock timeout here). */
    protected void prepare(Connection connection, Duration timeout) throws SQLException {
    }

    /** Claims the row, waiting at most {@code timeout}; false when the wait ran out. */
    protected abstract boolean take(Connection connection, Duration timeout) throws SQLException;

    @Override
    public final boolean needsOwnConnection() {
        return true;
    }

    @Override
    public final boolean acquire(Connection connection, Duration timeout) throws SQLException {
        connection.setAutoCommit(true);
        prepare(connection, timeout);
        createTable(connection);
        return take(connection, timeout);
    }

    /**
     * Runs {@link #createSql} once more when it fails: on PostgreSQL two at once may collide in its
     * catalog, and the loser sees the winner's table on a second try.
     */
    private void createTable(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(createSql());
        } catch (SQLException e) {
            try (Statement statement = connection.createStatement()) {
                statement.execute(createSql());
            } catch (SQLException again) {
                again.addSuppressed(e);
                throw again;
            }
        }
    }

    /** SQLSTATE class 23 (integrity constraint violation) is the duplicate key on every database. */
    protected static boolean isDuplicateKey(SQLException e) {
        return e.getSQLState() != null && e.getSQLState().startsWith("23");
    }
}
