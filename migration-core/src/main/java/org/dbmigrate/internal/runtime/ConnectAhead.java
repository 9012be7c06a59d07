package org.dbmigrate.internal.runtime;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;

/**
 * A command's first connection attempt, made on a thread of its own while the command's thread reads
 * the revision files (loading the driver and connecting cost more than reading 132 files). Only the
 * driver's connect runs there; retries, {@code default_schema} and {@code init_sql} run when the
 * command takes the connection, as without this. The command takes it at the moment it would have
 * connected itself, and a failure is thrown then, so errors come in the same order, with the same
 * message. {@link #close} ends the thread and closes a connection the command never took.
 */
final class ConnectAhead implements AutoCloseable {

    private final Thread thread;
    private final Object lock = new Object();
    private Connection connection;
    private Throwable failure;
    private boolean claimed;

    private ConnectAhead(ConnectionOpener.RawOpen raw) {
        this.thread = new Thread(() -> attempt(raw), "dbmigrate-connect");
        thread.setDaemon(true); // joined by close(); never keeps a JVM alive
    }

    /** Starts {@code raw} now. */
    static ConnectAhead start(ConnectionOpener.RawOpen raw) {
        ConnectAhead ahead = new ConnectAhead(raw);
        ahead.thread.start();
        return ahead;
    }

    private void attempt(ConnectionOpener.RawOpen raw) {
        Connection opened = null;
        Throwable failed = null;
        try {
            opened = raw.open();
        } catch (Throwable t) { // every failure goes to the command's thread, thrown as its own
            failed = t;
        }
        synchronized (lock) {
            connection = opened;
            failure = failed;
        }
    }

    /** Whether the attempt is still running. */
    boolean underWay() {
        return thread.isAlive();
    }

    /** True the first time only: that attempt is this one's; later attempts connect as usual. */
    boolean claim() {
        synchronized (lock) {
            if (claimed) {
                return false;
            }
            claimed = true;
            return true;
        }
    }

    /** The connection opened ahead, waiting for it; its failure is thrown here, as if connecting now. */
    Connection take() throws SQLException {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while waiting for the connection", e);
        }
        synchronized (lock) {
            if (failure == null) {
                Connection taken = connection;
                connection = null;
                return taken;
            }
            Throwable thrown = asIfThrownHere(failure);
            failure = null;
            if (thrown instanceof SQLException sql) {
                throw sql;
            }
            if (thrown instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw (Error) thrown;
        }
    }

    /**
     * The failure's stack trace as if the attempt had run on this thread ({@code --debug} prints it):
     * its own frames down to this class's, then the frames of the caller of {@link #take}.
     */
    private static Throwable asIfThrownHere(Throwable failure) {
        StackTraceElement[] theirs = failure.getStackTrace();
        int end = 0;
        while (end < theirs.length && !ours(theirs[end])) {
            end++;
        }
        StackTraceElement[] here = new Throwable().getStackTrace();
        int from = 0;
        while (from < here.length && ours(here[from])) {
            from++;
        }
        StackTraceElement[] joined = Arrays.copyOf(theirs, end + here.length - from);
        System.arraycopy(here, from, joined, end, here.length - from);
        failure.setStackTrace(joined);
        return failure;
    }

    private static boolean ours(StackTraceElement frame) {
        String name = frame.getClassName();
        return name.equals(ConnectAhead.class.getName()) || name.startsWith(ConnectAhead.class.getName() + "$");
    }

    /**
     * Ends the attempt: waits for it (interrupting it first if the command did not take it: pgjdbc's
     * connect then returns at once, leaving its own connect thread to close what it opens), then
     * closes a connection nobody took. No thread of ours outlives the command.
     */
    @Override
    public void close() {
        boolean untaken;
        synchronized (lock) {
            untaken = !claimed;
            claimed = true;
        }
        if (untaken) {
            thread.interrupt();
        }
        boolean interrupted = false;
        while (true) {
            try {
                thread.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        Connection unused;
        synchronized (lock) {
            unused = connection;
            connection = null;
        }
        if (unused != null) {
            try {
                unused.close();
            } catch (SQLException ignored) {
                // a connection the command never used: nothing to report
            }
        }
    }
}
