package org.dbmigrate.runtime;

import java.net.SocketTimeoutException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLTimeoutException;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.Executor;
import org.dbmigrate.config.MigrateConfig;

/**
 * Connections from the configured URL with time limits, so that a server that accepts and never
 * answers cannot hold the client for ever: {@code connect_timeout} bounds the connection and its
 * login (each driver's own property), {@code socket_timeout} then bounds every wait for an answer
 * (JDBC's network timeout; 0 leaves it off). A limit that fires is named in the message.
 */
final class TimedConnections implements ConnectionSource {

    /** The network timeout's executor only closes the socket; running it on the caller's thread is allowed. */
    private static final Executor SAME_THREAD = Runnable::run;

    private final MigrateConfig config;

    TimedConnections(MigrateConfig config) {
        this.config = config;
    }

    @Override
    public Connection open() throws SQLException {
        long start = System.nanoTime();
        Connection connection;
        try {
            connection = DriverManager.getConnection(config.url(), properties());
        } catch (SQLException e) {
            if (timedOut(e, config.connectTimeout(), System.nanoTime() - start)) {
                throw new SQLTimeoutException(DatabaseFailure.firstLine(e) + "; the server did not answer within"
                        + " connect_timeout = " + config.connectTimeout().toSeconds() + " s ([database] connect_timeout)."
                        + " Check that it is up and reachable, or raise connect_timeout", e);
            }
            throw e;
        }
        try {
            connection.setNetworkTimeout(SAME_THREAD, (int) config.socketTimeout().toMillis());
        } catch (SQLFeatureNotSupportedException | UnsupportedOperationException e) {
            // embedded H2 has no socket to time out
        }
        return connection;
    }

    /** User, password, and the driver's own names for the connect-phase limits. */
    private Properties properties() {
        Properties properties = new Properties();
        if (!config.user().isEmpty()) {
            properties.setProperty("user", config.user());
        }
        properties.setProperty("password", config.password().reveal());
        long seconds = config.connectTimeout().toSeconds();
        String url = config.url();
        if (url.startsWith("jdbc:postgresql:")) {
            properties.setProperty("connectTimeout", String.valueOf(seconds));
            properties.setProperty("loginTimeout", String.valueOf(seconds));
        } else if (url.startsWith("jdbc:mysql:") || url.startsWith("jdbc:mariadb:")) {
            // milliseconds; the socket limit covers the server's greeting until setNetworkTimeout replaces it
            properties.setProperty("connectTimeout", String.valueOf(seconds * 1000));
            properties.setProperty("socketTimeout", String.valueOf(seconds * 1000));
        }
        return properties;
    }

    private static boolean timedOut(SQLException e, Duration limit, long elapsedNanos) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SocketTimeoutException || t instanceof SQLTimeoutException) {
                return true;
            }
        }
        return !limit.isZero() && elapsedNanos >= limit.toNanos() * 9 / 10;
    }
}
