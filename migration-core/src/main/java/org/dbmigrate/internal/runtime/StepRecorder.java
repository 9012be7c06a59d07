package org.dbmigrate.internal.runtime;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.dbmigrate.graph.Step;
import org.dbmigrate.graph.VersionChange;
import org.dbmigrate.runtime.HistoryRow;

/**
 * Writes what records a finished step, in the step's transaction: its version-row changes (each
 * checked to touch one row), its history row, and where the step was marked as started, its
 * marker's hand-over. In as few round trips as the database allows: with pgjdbc the last version
 * change travels with the history row ({@link VersionTable#apply(List, HistoryTable, HistoryRow)}),
 * and on MySQL and MariaDB the version UPDATE and the marker's hand-over are one two-table UPDATE,
 * so a one-statement revision there costs its statement, that UPDATE, the history INSERT and the
 * commit: the round trips of a client sending the statement and the version UPDATE in a transaction.
 */
final class StepRecorder implements AutoCloseable {

    private final Database database;
    private final VersionTable versions;
    private final HistoryTable history;
    private final ProgressTable progress;
    private PreparedStatement together;

    StepRecorder(Database database, VersionTable versions, HistoryTable history, ProgressTable progress) {
        this.database = database;
        this.versions = versions;
        this.history = history;
        this.progress = progress;
    }

    /** Records {@code step} with its history {@code row}; {@code handover} is null for an unmarked step. */
    void record(Step step, HistoryRow row, ProgressTable.Handover handover) throws SQLException {
        List<VersionChange> changes = step.versionChanges();
        int last = changes.size() - 1;
        if (handover != null && handover.next() != null && last >= 0
                && changes.get(last) instanceof VersionChange.Update update && database.dialect().updatesTwoTables()) {
            versions.apply(changes.subList(0, last));
            if (!moveTogether(update, handover, row)) {
                // one of the two rows is missing and nothing changed: apart, each names what it misses
                versions.apply(update);
                progress.handOver(handover, row.appliedAt());
            }
            history.record(row);
            return;
        }
        versions.apply(changes, history, row);
        if (handover != null) {
            progress.handOver(handover, row.appliedAt());
        }
    }

    /** The version UPDATE and the marker's hand-over in one statement; false when it found fewer than both rows. */
    private boolean moveTogether(VersionChange.Update update, ProgressTable.Handover handover, HistoryRow row)
            throws SQLException {
        if (together == null) {
            // the two tables share no column name, so the columns need no table prefix
            together = database.connection().prepareStatement("UPDATE " + versions.name() + ", " + progress.name()
                    + " SET version_num = ?, " + ProgressTable.MOVE + " WHERE version_num = ? AND revision = ?");
        }
        together.setString(1, update.to());
        ProgressTable.bindMove(together, 2, handover, row.appliedAt());
        together.setString(8, update.from());
        together.setString(9, handover.revision());
        // both keys are primary keys: two rows found, or none (the join is empty when either is missing)
        return together.executeUpdate() == 2;
    }

    @Override
    public void close() throws SQLException {
        if (together != null) {
            together.close();
        }
    }
}
