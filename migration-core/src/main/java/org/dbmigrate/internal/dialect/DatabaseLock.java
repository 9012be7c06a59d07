package org.dbmigrate.internal.dialect;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

/**
 * A lock held by one deployer for the whole of a mutating command. The runtime acquires it on the
 * migration connection, or on a connection of its own when {@link #needsOwnConnection()} (a lock
 * that lives in an open transaction cannot share a connection that commits after each revision).
 */
public interface DatabaseLock {

    /** Takes the lock, waiting at most {@code timeout}; false when the wait ran out. */
    boolean acquire(Connection connection, Duration timeout) throws SQLException;

    void release(Connection connection) throws SQLException;

    default boolean needsOwnConnection() {
        return false;
    }
}
