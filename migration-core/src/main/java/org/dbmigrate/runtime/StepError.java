package org.dbmigrate.runtime;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.dbmigrate.error.MigrationError;
import org.dbmigrate.graph.Step;

/**
 * A statement of a revision failed. The message names the file, the line of the statement and the
 * database's message, then says what state the database is in: rolled back (transactional DDL), or
 * which statements of the revision took effect and how to settle the revision with {@code resolve}
 * (MySQL, H2, no-transaction sections), or, when the connection was lost, that the outcome is not
 * known. It never claims a rollback that did not happen.
 */
public final class StepError extends MigrationError {
    private static final long serialVersionUID = 1L;

    /** What became of the failed revision's work. */
    public enum Aftermath {
        /** Its transaction was rolled back: nothing of it remains. */
        ROLLED_BACK,
        /** The run's one transaction (transaction_per_migration = false) was rolled back. */
        RUN_ROLLED_BACK,
        /** DDL committed as it ran (MySQL, MariaDB, H2); data changes since the last DDL were rolled back. */
        DDL_COMMITTED,
        /** A {@code -- migrate:no-transaction} section: every statement that ran stays. */
        AUTOCOMMIT,
        /** The connection was lost: what the server kept of the revision is not known here. */
        CONNECTION_LOST
    }

    private final transient Step step;
    private final String file;
    private final int line;
    private final String databaseMessage;
    private final List<Integer> linesAlreadyRun;
    private final Aftermath aftermath;
    private final Set<String> versionRows;
    private final boolean markedUnfinished;

    /**
     * @param file            the file as messages name it
     * @param linesAlreadyRun lines of this revision's statements that ran before the failing one
     * @param versionRows     what the version table holds now (as far as this run knows)
     * @param marked          the revision is (or, after a lost connection, may be) marked unfinished
     */
    public StepError(Step step, String file, int line, String databaseMessage, List<Integer> linesAlreadyRun,
            Aftermath aftermath, Set<String> versionRows, boolean marked, Throwable cause) {
        super(message(step, file, line, databaseMessage, linesAlreadyRun, aftermath, versionRows, marked), cause);
        this.markedUnfinished = marked;
        this.step = step;
        this.file = file;
        this.line = line;
        this.databaseMessage = databaseMessage;
        this.linesAlreadyRun = List.copyOf(linesAlreadyRun);
        this.aftermath = aftermath;
        this.versionRows = Set.copyOf(versionRows);
    }

    private static String message(Step step, String file, int line, String databaseMessage, List<Integer> alreadyRun,
            Aftermath aftermath, Set<String> versionRows, boolean marked) {
        String where = step.direction().word() + " " + step.arrow() + " failed at " + file + " line " + line + ": "
                + databaseMessage;
        String version = versionRows.isEmpty() ? "no version (base)"
                : versionRows.stream().sorted().collect(Collectors.joining(", "));
        String id = step.revision().id();
        if (aftermath == Aftermath.CONNECTION_LOST) {
            return where + ". The connection to the database was lost, so whether that statement took effect is"
                    + " unknown" + (marked
                            ? "; the revision is marked unfinished, and the next run will say which of its statements"
                                    + " may have run and how to settle it with 'resolve " + id + "'"
                            : "; its transaction was not committed, so the server discards it; run 'current' to see"
                                    + " where the database stands") + ".";
        }
        if (aftermath == Aftermath.ROLLED_BACK || aftermath == Aftermath.RUN_ROLLED_BACK) {
            return where + (aftermath == Aftermath.RUN_ROLLED_BACK
                    ? ". The whole run was rolled back (transaction_per_migration = false)"
                    : ". The revision was rolled back") + "; the database stays at " + version
                    + ". Fix the file and run the command again.";
        }
        if (alreadyRun.isEmpty()) {
            return where + ". None of the revision's statements took effect; the database stays at " + version
                    + ". Fix the file and run the command again.";
        }
        String lines = alreadyRun.stream().map(String::valueOf).collect(Collectors.joining(", "));
        String state = aftermath == Aftermath.AUTOCOMMIT
                ? ". The section runs outside a transaction (-- migrate:no-transaction): the statements at line(s) "
                        + lines + " of this revision took effect and stay"
                : ". This database commits each statement as it runs: the statements at line(s) " + lines
                        + " of this revision took effect and stay";
        return where + state + "; the version table stays at " + version + ", and the revision is marked"
                + " unfinished. Undo what took effect by hand and run 'resolve " + id + " --not-applied', then fix"
                + " the file and run the command again; or finish the revision by hand and run 'resolve " + id
                + " --applied'.";
    }

    public Step step() {
        return step;
    }

    /** The file as messages name it. */
    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    public String databaseMessage() {
        return databaseMessage;
    }

    public List<Integer> linesAlreadyRun() {
        return linesAlreadyRun;
    }

    public Aftermath aftermath() {
        return aftermath;
    }

    public boolean rolledBack() {
        return aftermath == Aftermath.ROLLED_BACK || aftermath == Aftermath.RUN_ROLLED_BACK;
    }

    /** Whether the revision is left marked unfinished, to be settled with {@code resolve}. */
    public boolean markedUnfinished() {
        return markedUnfinished;
    }

    public Set<String> versionRows() {
        return versionRows;
    }
}
