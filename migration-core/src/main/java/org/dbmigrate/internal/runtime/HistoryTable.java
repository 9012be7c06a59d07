package org.dbmigrate.internal.runtime;

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
import org.dbmigrate.runtime.HistoryRow;

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
            insert = database.connection().prepareStatement(insertSql());
        }
        bind(insert, 1, row);
        insert.executeUpdate();
    }

    /** The INSERT of one row, with its 7 parameters. */
    String insertSql() {
        return "INSERT INTO " + table + " (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?)";
    }

    /** Sets the INSERT's parameters, the first at index {@code first}. */
    void bind(PreparedStatement statement, int first, HistoryRow row) throws SQLException {
        statement.setString(first, row.revision());
        statement.setString(first + 1, row.direction());
        statement.setString(first + 2, row.checksum());
        statement.setTimestamp(first + 3, Timestamp.from(row.appliedAt()));
        statement.setString(first + 4, row.appliedBy());
        statement.setLong(first + 5, row.durationMs());
        statement.setBoolean(first + 6, row.success());
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
        if (!exists()) {
            return Map.of();
        }
        Map<String, String> checksums = new HashMap<>();
        // only the two columns compared: an upgrade reads this for every applied revision
        try (Statement statement = database.connection().createStatement();
                ResultSet rs = statement.executeQuery("SELECT revision, checksum FROM " + table
                        + " WHERE success = TRUE AND checksum IS NOT NULL ORDER BY id")) {
            while (rs.next()) {
                checksums.put(rs.getString(1), rs.getString(2));
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
