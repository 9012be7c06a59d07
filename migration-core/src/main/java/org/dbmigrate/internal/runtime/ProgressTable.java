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
     * Hands the marker of the finished {@code revision} over to {@code next}, in the commit that
     * records {@code revision} as done: one statement instead of a delete, an insert and a commit.
     */
    void moveTo(String revision, Step next, String checksum, int total, Instant now) throws SQLException {
        if (move == null) {
            move = database.connection().prepareStatement("UPDATE " + table + " SET revision = ?, direction = ?,"
                    + " checksum = ?, version_changes = ?, statements_done = 0, statements_total = ?, started_at = ?"
                    + " WHERE revision = ?");
        }
        move.setString(1, next.revision().id());
        move.setString(2, next.direction().word());
        move.setString(3, checksum);
        move.setString(4, UnfinishedStep.encode(next.versionChanges()));
        move.setInt(5, total);
        move.setTimestamp(6, Timestamp.from(now));
        move.setString(7, revision);
        if (move.executeUpdate() != 1) {
            throw new SQLException("the progress row of revision " + revision + " in " + table + " is gone");
        }
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
