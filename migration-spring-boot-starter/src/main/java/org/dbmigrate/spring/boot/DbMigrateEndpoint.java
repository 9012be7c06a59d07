package org.dbmigrate.spring.boot;

import java.util.List;
import org.dbmigrate.Migrator;
import org.dbmigrate.runtime.HistoryRow;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;

/** {@code /actuator/dbmigrate}: where the database stands, read afresh on each request. */
@Endpoint(id = "dbmigrate")
public class DbMigrateEndpoint {

    private final Migrator migrator;

    public DbMigrateEndpoint(Migrator migrator) {
        this.migrator = migrator;
    }

    @ReadOperation
    public Report report() {
        DatabaseStatus status = DatabaseStatus.read(migrator);
        return new Report(status.current(), status.heads(), status.pending(), status.unknown(),
                status.history().stream().map(Entry::of).toList());
    }

    /**
     * The JSON of the endpoint; keys are only ever added.
     *
     * @param current version rows
     * @param heads   heads of the application's revisions
     * @param pending revisions {@code upgrade heads} would run, in order
     * @param unknown version rows the application has no revision for
     * @param history latest history rows, newest first
     */
    public record Report(List<String> current, List<String> heads, List<String> pending, List<String> unknown,
            List<Entry> history) {
    }

    /** One history row; {@code appliedAt} as ISO-8601 text. */
    public record Entry(String revision, String direction, String checksum, String appliedAt, String appliedBy,
            long durationMs, boolean success) {

        static Entry of(HistoryRow row) {
            return new Entry(row.revision(), row.direction(), row.checksum(), row.appliedAt().toString(),
                    row.appliedBy(), row.durationMs(), row.success());
        }
    }
}
