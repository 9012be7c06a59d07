package org.dbmigrate.internal.runtime;

import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;
import org.dbmigrate.error.MigrationError;
import org.dbmigrate.internal.script.RevisionScript;
import org.dbmigrate.runtime.HistoryRow;
import org.dbmigrate.runtime.UnfinishedStep;

/**
 * {@code resolve <rev> --applied|--not-applied}: settles a revision an interrupted run left
 * unfinished, once the user has finished it or undone it by hand. Applied moves the version rows
 * as the step would have; not applied leaves them, so the next run starts the revision again. Either
 * way the marker goes and a history row records the decision, in one transaction.
 */
public final class Resolver {

    private final Database database;
    private final VersionTable versions;
    private final HistoryTable history;
    private final ProgressTable progress;
    private final Clock clock;

    Resolver(Database database, VersionTable versions, HistoryTable history, ProgressTable progress, Clock clock) {
        this.database = database;
        this.versions = versions;
        this.history = history;
        this.progress = progress;
        this.clock = clock;
    }

    /** Settles {@code revision}; returns the step as it was marked. */
    public UnfinishedStep resolve(String revision, boolean applied, RevisionScripts scripts) throws SQLException {
        List<UnfinishedStep> unfinished = progress.unfinished();
        UnfinishedStep step = unfinished.stream().filter(s -> s.revision().equals(revision)).findFirst()
                .orElseThrow(() -> new MigrationError("revision " + revision + " is not marked unfinished, so there is"
                        + " nothing to resolve; " + (unfinished.isEmpty() ? "no revision is"
                                : "unfinished: " + unfinished.stream().map(UnfinishedStep::revision)
                                        .collect(Collectors.joining(", ")))));
        return database.inTransaction(() -> {
            if (applied) {
                versions.apply(step.versionChanges());
            }
            history.record(new HistoryRow(revision, applied ? HistoryRow.RESOLVE_APPLIED : HistoryRow.RESOLVE_UNDONE,
                    applied ? checksum(revision, scripts, step) : null, clock.instant(), database.appliedBy(), 0,
                    true));
            progress.finish(revision);
            return step;
        });
    }

    /** The file as it is now (what the user finished by hand), else the one the run started with. */
    private static String checksum(String revision, RevisionScripts scripts, UnfinishedStep step) {
        try {
            RevisionScript script = scripts.script(revision);
            return script == null ? step.checksum() : script.checksum();
        } catch (MigrationError e) {
            return step.checksum();
        }
    }
}
