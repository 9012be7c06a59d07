package org.dbmigrate.internal.runtime;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.dbmigrate.error.MigrationError;

/**
 * Runs a Java revision's code so that it can neither end the program quietly nor run for ever.
 *
 * <p>Exit: while the code runs, a shutdown hook watches it. If the JVM starts shutting down because
 * the revision's thread called {@code System.exit} (or {@code Runtime.exit}), the hook says so on
 * standard error and halts with status 1, so a deployer never sees success for a revision that did
 * not finish. A shutdown for another reason (a signal) is left alone. {@code Runtime.halt} cannot be
 * intercepted by any means short of a SecurityManager, which Java 17 deprecates: it is a known limit.
 *
 * <p>Time: with {@code revision_timeout} set, the code runs on a worker thread; when the limit
 * passes, the connection is aborted (the server drops the session, its open transaction and its
 * locks) and the run fails. Java cannot stop a thread safely: a worker stuck in a loop of its own
 * keeps running until the program ends (it is a daemon thread, so it does not keep the JVM alive).
 */
final class GuardedRevision {

    /** The revision's code. */
    interface Body {
        void run() throws Exception;
    }

    private GuardedRevision() {
    }

    /**
     * @param what       names the step in messages, e.g. {@code upgrade 001 -> 002}
     * @param file       the revision file as messages name it
     * @param limit      zero for no limit
     * @param connection aborted when the limit passes
     */
    static void run(String what, String file, Duration limit, Connection connection, Body body) throws Exception {
        AtomicReference<Thread> runner = new AtomicReference<>(Thread.currentThread());
        Thread hook = new Thread(() -> haltIfExitCameFrom(runner.get(), what + " (" + file + ")", System.err),
                "dbmigrate-exit-guard");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            if (limit.isZero()) {
                body.run();
            } else {
                runWithLimit(what, limit, connection, body, runner);
            }
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the JVM is already stopping; the hook decides
            }
        }
    }

    private static void runWithLimit(String what, Duration limit, Connection connection, Body body,
            AtomicReference<Thread> runner) throws Exception {
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread worker = new Thread(() -> {
            try {
                body.run();
            } catch (Throwable t) {
                thrown.set(t);
            }
        }, "dbmigrate-revision");
        worker.setDaemon(true);
        runner.set(worker);
        worker.start();
        worker.join(limit.toMillis());
        if (worker.isAlive()) {
            worker.interrupt();
            try {
                connection.abort(Runnable::run);
            } catch (SQLException e) {
                // the abort is best effort; the message below says what matters
            }
            throw new MigrationError(what + " ran longer than revision_timeout = " + limit.toSeconds()
                    + " s ([migrate] revision_timeout), so its connection was closed: the server discards the"
                    + " revision's open transaction and releases the migration lock; where DDL commits on its own"
                    + " the revision stays marked unfinished. Make the revision finish sooner, or raise"
                    + " revision_timeout");
        }
        Throwable t = thrown.get();
        if (t instanceof Exception e) {
            throw e;
        }
        if (t instanceof Error e) {
            throw e;
        }
    }

    /** In the shutdown hook: when {@code thread} is the one that asked the JVM to exit, fail loudly. */
    static void haltIfExitCameFrom(Thread thread, String what, PrintStream err) {
        for (StackTraceElement frame : thread.getStackTrace()) {
            boolean exit = frame.getClassName().equals("java.lang.Shutdown") && frame.getMethodName().equals("exit")
                    || frame.getClassName().equals("java.lang.Runtime") && frame.getMethodName().equals("exit");
            if (exit) {
                err.println("FAILED: " + what + " called System.exit, so the revision did not finish; a revision must"
                        + " throw an exception to fail, never end the program. Stopping with exit status 1");
                err.flush();
                Runtime.getRuntime().halt(1);
            }
        }
    }
}
