package org.dbmigrate.internal.runtime;

import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import org.dbmigrate.graph.VersionChange;
import org.dbmigrate.runtime.HistoryRow;
import org.dbmigrate.runtime.MigrationListener;

/**
 * {@code stamp}: applies version-table changes without running any revision, and records one
 * {@code stamp} history row per change, all in one transaction.
 */
public final class Stamper {

    private final Database database;
    private final VersionTable versions;
    private final HistoryTable history;
    private final MigrationListener listener;
    private final Clock clock;

    Stamper(Database database, VersionTable versions, HistoryTable history, MigrationListener listener, Clock clock) {
        this.database = database;
        this.versions = versions;
        this.history = history;
        this.listener = listener;
        this.clock = clock;
    }

    public void stamp(List<VersionChange> changes, RevisionScripts scripts) throws SQLException {
        database.inTransaction(() -> {
            for (VersionChange change : changes) {
                listener.info("Running stamp_revision " + describe(change));
                versions.apply(change);
                history.record(row(change, scripts));
            }
            return null;
        });
    }

    private HistoryRow row(VersionChange change, RevisionScripts scripts) {
        String revision;
        String checksum = null;
        if (change instanceof VersionChange.Insert i) {
            revision = i.id();
            checksum = scripts.script(revision).checksum();
        } else if (change instanceof VersionChange.Update u) {
            revision = u.to();
            checksum = scripts.script(revision).checksum();
        } else {
            // a removed version: the row says so, with no checksum to compare later
            revision = ((VersionChange.Delete) change).id();
        }
        return new HistoryRow(revision, HistoryRow.STAMP, checksum, clock.instant(), database.appliedBy(), 0, true);
    }

    private static String describe(VersionChange change) {
        if (change instanceof VersionChange.Insert i) {
            return " -> " + i.id();
        }
        if (change instanceof VersionChange.Update u) {
            return u.from() + " -> " + u.to();
        }
        return ((VersionChange.Delete) change).id() + " -> ";
    }
}
