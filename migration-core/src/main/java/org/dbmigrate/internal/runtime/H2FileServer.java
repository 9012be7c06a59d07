package org.dbmigrate.internal.runtime;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Locale;
import org.dbmigrate.runtime.MigrationListener;

/**
 * With {@code AUTO_SERVER=TRUE}, the first process to open an H2 file serves it to the others; when
 * that process exits, H2 closes the file and breaks every connection made through it, mid-run (a
 * deployer waiting for the lock, or one running revisions). So before the serving process lets go
 * of a session, it waits until no other process is connected through it, at most {@code lock_timeout}.
 * A client process (its own session comes through a server) never waits.
 */
final class H2FileServer {

    private static final long POLL_MILLIS = 100;

    private H2FileServer() {
    }

    static boolean applies(String url) {
        return url != null && url.startsWith("jdbc:h2:") && url.toUpperCase(Locale.ROOT).contains("AUTO_SERVER=TRUE");
    }

    /** Waits while other processes are connected through this one; best effort, never fails the command. */
    static void awaitClients(Connection connection, Duration limit, MigrationListener listener) {
        try (Statement statement = connection.createStatement()) {
            if (!serving(statement)) {
                return;
            }
            long deadline = System.nanoTime() + limit.toNanos();
            int clients = clients(statement);
            if (clients > 0) {
                listener.info("Waiting for " + clients + " other connection(s) to this H2 file, which this process serves"
                        + " (AUTO_SERVER), to close: at most lock_timeout = " + limit.toSeconds() + " s");
            }
            while (clients > 0 && System.nanoTime() < deadline) {
                Thread.sleep(POLL_MILLIS);
                clients = clients(statement);
            }
            if (clients > 0) {
                listener.warn(clients + " other connection(s) to this H2 file still open after lock_timeout = "
                        + limit.toSeconds() + " s; they break when this process exits (H2 AUTO_SERVER)");
            }
        } catch (SQLException e) {
            // the file is already closed or the connection broken: nothing left to protect
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Our session is embedded (no server between us and the file): this process serves the others. */
    private static boolean serving(Statement statement) throws SQLException {
        try (ResultSet rs = statement.executeQuery(
                "SELECT SERVER FROM INFORMATION_SCHEMA.SESSIONS WHERE SESSION_ID = SESSION_ID()")) {
            return rs.next() && rs.getString(1) == null;
        }
    }

    private static int clients(Statement statement) throws SQLException {
        try (ResultSet rs = statement.executeQuery(
                "SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS WHERE SERVER IS NOT NULL")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }
}
