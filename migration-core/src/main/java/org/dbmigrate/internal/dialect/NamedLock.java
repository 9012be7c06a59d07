package org.dbmigrate.internal.dialect;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;

/**
 * MySQL's and MariaDB's {@code GET_LOCK}: a named lock held by the session. Names are server-wide,
 * so the name carries the database (see {@link LockName}).
 */
final class NamedLock implements DatabaseLock {

    static final String ACQUIRE = "SELECT GET_LOCK(?, ?)";
    static final String RELEASE = "SELECT RELEASE_LOCK(?)";

    private final String name;

    NamedLock(String name) {
        this.name = name;
    }

    String name() {
        return name;
    }

    /** GET_LOCK waits whole seconds on older servers; round up so a short timeout still waits. */
    static long seconds(Duration timeout) {
        return (timeout.toMillis() + 999) / 1000;
    }

    @Override
    public boolean acquire(Connection connection, Duration timeout) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(ACQUIRE)) {
            statement.setString(1, name);
            statement.setLong(2, seconds(timeout));
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                int result = rs.getInt(1);
                if (rs.wasNull()) {
                    throw new SQLException("GET_LOCK('" + name + "') failed");
                }
                return result == 1;
            }
        }
    }

    @Override
    public void release(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(RELEASE)) {
            statement.setString(1, name);
            statement.executeQuery().close();
        }
    }
}
