package org.dbmigrate.runtime;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code migrate_history}: one row per step, in the order written (a generated {@code id}). The
 * runner writes a step's row in the step's transaction; the latest successful row of a revision
 * holds the checksum that {@code upgrade} and {@code check-migration} compare with the file.
 */
public final class HistoryTable implements AutoCloseable {

    private static final String COLUMNS = "revision, direction, checksum, applied_at, applied_by, duration_ms, success";

    private final Database database;
    private final String table;
    private PreparedStatement insert;

    public HistoryTable(Database database, String table) {
        this.database = database;
        this.table = table;
    }

    public String name() {
        return table;
    }

    public boolean exists() throws SQLException {
        return database.tableExists(table);
    }

    public void createIfMissing() throws SQLException {
        database.execute(database.dialect().createHistoryTableIfMissing(table));
    }

    /** Adds a row in the connection's current transaction. */
    public void record(HistoryRow row) throws SQLException {
        if (insert == null) {
            insert = database.connection().prepareStatement(
                    "INSERT INTO " + table + " (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?)");
        }
        insert.setString(1, row.revision());
        insert.setString(2, row.direction());
        insert.setString(3, row.checksum());
        insert.setTimestamp(4, Timestamp.from(row.appliedAt()));
        insert.setString(5, row.appliedBy());
        insert.setLong(6, row.durationMs());
        insert.setBoolean(7, row.success());
        insert.executeUpdate();
    }

    /** Every row, oldest first; empty when the table does not exist. */
    public List<HistoryRow> rows() throws SQLException {
        if (!exists()) {
            return List.of();
        }
        List<HistoryRow> rows = new ArrayList<>();
        try (Statement statement = database.connection().createStatement();
                ResultSet rs = statement.executeQuery("SELECT " + COLUMNS + " FROM " + table + " ORDER BY id")) {
            while (rs.next()) {
                rows.add(new HistoryRow(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant(), rs.getString(5), rs.getLong(6), rs.getBoolean(7)));
            }
        }
        return Collections.unmodifiableList(rows);
    }

    /** The newest {@code limit} rows ({@code 0}: all), newest first; empty when the table does not exist. */
    public List<HistoryRow> newest(int limit) throws SQLException {
        if (!exists()) {
            return List.of();
        }
        List<HistoryRow> rows = new ArrayList<>();
        try (Statement statement = database.connection().createStatement()) {
            statement.setMaxRows(limit); // portable LIMIT: the driver stops after that many rows
            try (ResultSet rs = statement.executeQuery("SELECT " + COLUMNS + " FROM " + table + " ORDER BY id DESC")) {
                while (rs.next()) {
                    rows.add(new HistoryRow(rs.getString(1), rs.getString(2), rs.getString(3),
                            rs.getTimestamp(4).toInstant(), rs.getString(5), rs.getLong(6), rs.getBoolean(7)));
                }
            }
        }
        return Collections.unmodifiableList(rows);
    }

    /** Revision id to the checksum of its latest successful row that has one. */
    public Map<String, String> latestChecksums() throws SQLException {
        Map<String, String> checksums = new HashMap<>();
        for (HistoryRow row : rows()) {
            if (row.success() && row.checksum() != null) {
                checksums.put(row.revision(), row.checksum());
            }
        }
        return Collections.unmodifiableMap(checksums);
    }

    @Override
    public void close() throws SQLException {
        if (insert != null) {
            insert.close();
        }
    }
}
