package org.dbmigrate.runtime;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.dbmigrate.error.MigrationError;
import org.dbmigrate.graph.Direction;
import org.dbmigrate.graph.Step;

/**
 * A statement of a revision failed. The message names the file, the line of the statement and the
 * database's message, then says what state the database is in: rolled back (transactional DDL), or
 * which statements of the revision had already run and how to recover (MySQL, H2, no-transaction
 * sections).
 */
public final class StepFailed extends MigrationError {
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
        AUTOCOMMIT
    }

    private final transient Step step;
    private final String file;
    private final int line;
    private final String databaseMessage;
    private final List<Integer> linesAlreadyRun;
    private final Aftermath aftermath;
    private final Set<String> versionRows;

    /**
     * @param file            the file as messages name it
     * @param linesAlreadyRun lines of this revision's statements that ran before the failing one
     * @param versionRows     what the version table holds now
     */
    public StepFailed(Step step, String file, int line, String databaseMessage, List<Integer> linesAlreadyRun,
            Aftermath aftermath, Set<String> versionRows, Throwable cause) {
        super(message(step, file, line, databaseMessage, linesAlreadyRun, aftermath, versionRows), cause);
        this.step = step;
        this.file = file;
        this.line = line;
        this.databaseMessage = databaseMessage;
        this.linesAlreadyRun = List.copyOf(linesAlreadyRun);
        this.aftermath = aftermath;
        this.versionRows = Set.copyOf(versionRows);
    }

    private static String message(Step step, String file, int line, String databaseMessage, List<Integer> alreadyRun,
            Aftermath aftermath, Set<String> versionRows) {
        String where = step.direction().word() + " " + step.arrow() + " failed at " + file + " line " + line + ": "
                + databaseMessage;
        String version = versionRows.isEmpty() ? "no version (base)"
                : versionRows.stream().sorted().collect(Collectors.joining(", "));
        boolean rolledBack = aftermath == Aftermath.ROLLED_BACK || aftermath == Aftermath.RUN_ROLLED_BACK;
        if (rolledBack || alreadyRun.isEmpty()) {
            return where + (aftermath == Aftermath.RUN_ROLLED_BACK
                    ? ". The whole run was rolled back (transaction_per_migration = false)"
                    : ". The revision was rolled back") + "; the database stays at " + version
                    + ". Fix the file and run the command again.";
        }
        String lines = alreadyRun.stream().map(String::valueOf).collect(Collectors.joining(", "));
        String state = aftermath == Aftermath.AUTOCOMMIT
                ? ". The section runs outside a transaction (-- migrate:no-transaction): the statements at line(s) "
                        + lines + " of this revision already ran and stay applied"
                : ". This database commits DDL as it runs: the statements at line(s) " + lines
                        + " of this revision already ran and their DDL stays applied (data changes since the last DDL"
                        + " were rolled back)";
        return where + state + "; the version table stays at " + version + ". Undo that by hand and fix the file,"
                + " then run the command again; or finish the revision by hand and record it with 'stamp "
                + stampTarget(step) + "'.";
    }

    /** Where the version table should point once the failed step has been finished by hand. */
    private static String stampTarget(Step step) {
        if (step.direction() == Direction.UPGRADE) {
            return step.revision().id();
        }
        return step.revision().parents().isEmpty() ? "base" : String.join(" ", step.revision().parents());
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

    public Set<String> versionRows() {
        return versionRows;
    }
}
