package org.dbmigrate.internal.runtime;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.dbmigrate.graph.Step;
import org.dbmigrate.runtime.UnfinishedStep;

/**
 * {@code <version_table>_progress}: one row per revision that was started where statements commit
 * one by one (MySQL, MariaDB, H2, {@code -- migrate:no-transaction} sections) and has not finished.
 * The row commits before the revision's first statement and counts its statements as each one
 * commits; it goes in the same commit that moves the version row. A row found by a later run means
 * the revision was interrupted: the run stops and {@code resolve} settles it. The version table
 * stays exactly Alembic's.
 */
public final class ProgressTable implements AutoCloseable {

    private static final String COLUMNS =
            "revision, direction, checksum, version_changes, statements_done, statements_total, started_at, started_by";

    /** The assignments of a hand-over, with its 6 parameters (the columns are this table's alone). */
    static final String MOVE = "revision = ?, direction = ?, checksum = ?, version_changes = ?, statements_done = 0,"
            + " statements_total = ?, started_at = ?";

    private final Database database;
    private final String table;
    private PreparedStatement advance;
    private PreparedStatement move;

    public ProgressTable(Database database, String versionTable) {
        this.database = database;
        this.table = versionTable + "_progress";
    }

    public String name() {
        return table;
    }

    public void createIfMissing() throws SQLException {
        database.execute(database.dialect().createProgressTableIfMissing(table));
    }

    /** Marks {@code step} as started with no statement done, in the connection's current transaction. */
    void start(Step step, String checksum, int total, Instant now) throws SQLException {
        try (PreparedStatement insert = database.connection().prepareStatement(
                "INSERT INTO " + table + " (" + COLUMNS + ") VALUES (?, ?, ?, ?, 0, ?, ?, ?)")) {
            insert.setString(1, step.revision().id());
            insert.setString(2, step.direction().word());
            insert.setString(3, checksum);
            insert.setString(4, UnfinishedStep.encode(step.versionChanges()));
            insert.setInt(5, total);
            insert.setTimestamp(6, Timestamp.from(now));
            insert.setString(7, database.appliedBy());
            insert.executeUpdate();
        }
    }

    /** Records that the first {@code done} statements of {@code revision} have taken effect. */
    void advance(String revision, int done) throws SQLException {
        if (advance == null) {
            advance = database.connection().prepareStatement(
                    "UPDATE " + table + " SET statements_done = ? WHERE revision = ?");
        }
        advance.setInt(1, done);
        advance.setString(2, revision);
        advance.executeUpdate();
    }

    /**
     * What the commit that records a finished step does with its marker: hands it over to
     * {@code next} (started, none of its {@code total} statements done), or with no next removes it.
     */
    record Handover(String revision, Step next, String checksum, int total) {

        static Handover remove(String revision) {
            return new Handover(revision, null, null, 0);
        }
    }

    /**
     * Applies {@code handover} in the connection's current transaction, the next step started
     * {@code at}: a hand-over is one statement instead of a delete, an insert and a commit.
     */
    void handOver(Handover handover, Instant at) throws SQLException {
        if (handover.next() == null) {
            finish(handover.revision());
            return;
        }
        if (move == null) {
            move = database.connection().prepareStatement("UPDATE " + table + " SET " + MOVE + " WHERE revision = ?");
        }
        bindMove(move, 1, handover, at);
        move.setString(7, handover.revision());
        if (move.executeUpdate() != 1) {
            throw new SQLException("the progress row of revision " + handover.revision() + " in " + table + " is gone");
        }
    }

    /** Sets the parameters of {@link #MOVE} from index {@code first}. */
    static void bindMove(PreparedStatement statement, int first, Handover handover, Instant at) throws SQLException {
        Step next = handover.next();
        statement.setString(first, next.revision().id());
        statement.setString(first + 1, next.direction().word());
        statement.setString(first + 2, handover.checksum());
        statement.setString(first + 3, UnfinishedStep.encode(next.versionChanges()));
        statement.setInt(first + 4, handover.total());
        statement.setTimestamp(first + 5, Timestamp.from(at));
    }

    /** Removes the marker of {@code revision}, in the connection's current transaction. */
    void finish(String revision) throws SQLException {
        try (PreparedStatement delete = database.connection().prepareStatement(
                "DELETE FROM " + table + " WHERE revision = ?")) {
            delete.setString(1, revision);
            delete.executeUpdate();
        }
    }

    /** The revisions left unfinished, oldest first; empty when the table does not exist. */
    public List<UnfinishedStep> unfinished() throws SQLException {
        if (!database.tableExists(table)) {
            return List.of();
        }
        List<UnfinishedStep> steps = new ArrayList<>();
        try (Statement statement = database.connection().createStatement();
                ResultSet rs = statement.executeQuery("SELECT " + COLUMNS + " FROM " + table
                        + " ORDER BY started_at, revision")) {
            while (rs.next()) {
                steps.add(new UnfinishedStep(rs.getString(1), rs.getString(2), rs.getString(3),
                        UnfinishedStep.decode(rs.getString(4)), rs.getInt(5), rs.getInt(6),
                        rs.getTimestamp(7).toInstant(), rs.getString(8)));
            }
        }
        return Collections.unmodifiableList(steps);
    }

    @Override
    public void close() throws SQLException {
        for (PreparedStatement statement : new PreparedStatement[] {advance, move}) {
            if (statement != null) {
                statement.close();
            }
        }
    }
}
