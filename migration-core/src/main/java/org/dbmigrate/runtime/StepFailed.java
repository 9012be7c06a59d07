package org.dbmigrate.runtime;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.dbmigrate.error.MigrationError;
import org.dbmigrate.graph.Step;

/**
 * A statement of a revision failed. The message names the file, the line of the statement and the
 * database's message, then says what state the database is in: rolled back (transactional DDL), or
 * which statements of the revision had already run and how to recover (MySQL, H2).
 *
 * @see #message
 */
public final class StepFailed extends MigrationError {
    private static final long serialVersionUID = 1L;

    private final transient Step step;
    private final String file;
    private final int line;
    private final String databaseMessage;
    private final List<Integer> linesAlreadyRun;
    private final boolean rolledBack;
    private final Set<String> versionRows;

    /**
     * @param linesAlreadyRun lines of this revision's statements that ran and stay applied (empty when rolled back)
     * @param rolledBack      true when the revision's work was rolled back with its transaction
     * @param versionRows     what the version table holds now
     */
    public StepFailed(Step step, String file, int line, String databaseMessage, List<Integer> linesAlreadyRun,
            boolean rolledBack, Set<String> versionRows, Throwable cause) {
        super(message(step, file, line, databaseMessage, linesAlreadyRun, rolledBack, versionRows), cause);
        this.step = step;
        this.file = file;
        this.line = line;
        this.databaseMessage = databaseMessage;
        this.linesAlreadyRun = List.copyOf(linesAlreadyRun);
        this.rolledBack = rolledBack;
        this.versionRows = Set.copyOf(versionRows);
    }

    private static String message(Step step, String file, int line, String databaseMessage, List<Integer> alreadyRun,
            boolean rolledBack, Set<String> versionRows) {
        String where = step.direction().word() + " " + step.arrow() + " failed at " + file + " line " + line + ": "
                + databaseMessage;
        String version = versionRows.isEmpty() ? "no version (base)"
                : versionRows.stream().sorted().collect(Collectors.joining(", "));
        if (rolledBack || alreadyRun.isEmpty()) {
            return where + ". The revision was rolled back; the database stays at " + version
                    + ". Fix the file and run the command again.";
        }
        String lines = alreadyRun.stream().map(String::valueOf).collect(Collectors.joining(", "));
        return where + ". This database commits DDL as it runs: the statements at line(s) " + lines
                + " of this revision already ran and their DDL stays applied (data changes since the last DDL were"
                + " rolled back); the version table stays at " + version + ". Undo that DDL by hand and fix the file,"
                + " then run the command again; or finish the revision by hand and record it with 'stamp "
                + stampTarget(step) + "'.";
    }

    /** Where the version table should point once the failed step has been finished by hand. */
    private static String stampTarget(Step step) {
        if (step.direction() == org.dbmigrate.graph.Direction.UPGRADE) {
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

    public boolean rolledBack() {
        return rolledBack;
    }

    public Set<String> versionRows() {
        return versionRows;
    }
}
