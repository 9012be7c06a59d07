package org.dbmigrate.internal.runtime;

import java.net.SocketTimeoutException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Executor;
import org.dbmigrate.config.MigrateConfig;
import org.dbmigrate.runtime.DatabaseError;

/**
 * Connections from the configured URL with time limits, so that a server that accepts and never
 * answers cannot hold the client for ever: {@code connect_timeout} bounds the connection and its
 * login (each driver's own property), {@code socket_timeout} then bounds every wait for an answer
 * (JDBC's network timeout; 0 leaves it off). A limit that fires is named in the message.
 */
final class TimedConnections {

    /** The network timeout's executor only closes the socket; running it on the caller's thread is allowed. */
    private static final Executor SAME_THREAD = Runnable::run;

    /** H2's DATABASE_ALREADY_OPEN_1 and ERROR_OPENING_DATABASE_1 (the latter carries "Lock file recently modified"). */
    private static final int H2_DATABASE_ALREADY_OPEN = 90020;
    private static final int H2_ERROR_OPENING_DATABASE = 8000;
    /** What H2's lock file says to the processes that lose the race to open the file (the others get 90020). */
    private static final List<String> H2_LOCK_FILE_RACES = List.of("Lock file recently modified",
            "Another process was faster", "Concurrent update");
    /** CONNECTION_BROKEN_1: the process that served the file went away while we connected; another takes over. */
    private static final int H2_CONNECTION_BROKEN = 90067;
    /**
     * FILE_CREATION_FAILED_1 "a file with this name already exists": H2 creates a new file's missing
     * folders without allowing for another connection (a fleet's next target) creating them at the
     * same moment. Retried at once, a few times (each race leaves one more folder made): a real file
     * in the way fails the same way every time.
     */
    private static final int H2_FILE_CREATION_FAILED = 90062;
    private static final int H2_FOLDER_RACE_RETRIES = 8;

    private final MigrateConfig config;

    TimedConnections(MigrateConfig config) {
        this.config = config;
    }

    /** A connection to the configured URL with {@code credentials} (the driver's user and password properties). */
    Connection open(Properties credentials) throws SQLException {
        long start = System.nanoTime();
        Connection connection;
        try {
            connection = connectWaitingForH2FileLock(start, properties(credentials));
        } catch (SQLException e) {
            if (timedOut(e, config.connectTimeout(), System.nanoTime() - start)) {
                throw new SQLTimeoutException(DatabaseError.firstLine(e) + "; the server did not answer within"
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

    /**
     * Several processes opening one H2 {@code AUTO_SERVER} file at once race for its lock file, and
     * the losers get "Lock file recently modified", "Another process was faster" (or reach a serving
     * process just as it exits)
     * although the file will be theirs to share a moment later: they wait and try again, within
     * {@code lock_timeout}, as for the migration lock. Nothing has run yet, so retrying is safe.
     */
    private Connection connectWaitingForH2FileLock(long start, Properties properties) throws SQLException {
        long deadline = start + config.lockTimeout().toNanos();
        long pauseMillis = 50;
        int folderRaces = 0;
        while (true) {
            try {
                return DriverByPrefix.connect(config.url(), properties);
            } catch (SQLException e) {
                if (!config.url().startsWith("jdbc:h2:")) {
                    throw e;
                }
                if (h2FolderRace(e) && folderRaces < H2_FOLDER_RACE_RETRIES) {
                    folderRaces++;
                    continue; // the folder exists now: at once
                }
                if (!h2FileBusy(e) || System.nanoTime() + pauseMillis * 1_000_000 > deadline) {
                    throw e;
                }
            }
            try {
                Thread.sleep(pauseMillis + (long) (Math.random() * pauseMillis));
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new SQLException("interrupted while waiting for the H2 database file", interrupted);
            }
            pauseMillis = Math.min(1000, pauseMillis * 2);
        }
    }

    private static boolean h2FolderRace(SQLException e) {
        return e.getErrorCode() == H2_FILE_CREATION_FAILED
                && String.valueOf(e.getMessage()).contains("a file with this name already exists");
    }

    private static boolean h2FileBusy(SQLException e) {
        String message = String.valueOf(e.getMessage());
        return e.getErrorCode() == H2_DATABASE_ALREADY_OPEN || e.getErrorCode() == H2_CONNECTION_BROKEN
                || e.getErrorCode() == H2_ERROR_OPENING_DATABASE && H2_LOCK_FILE_RACES.stream().anyMatch(message::contains);
    }

    /** The credentials and the driver's own names for the connect-phase limits. */
    private Properties properties(Properties credentials) {
        Properties properties = new Properties();
        properties.putAll(credentials);
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
