package org.dbmigrate.internal.runtime;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.dbmigrate.graph.VersionChange;
import org.dbmigrate.runtime.HistoryRow;

/**
 * The version table ({@code migrate_version}, one row per current head): reads the heads and
 * applies each {@link VersionChange}, checking that every UPDATE and DELETE touched exactly one row,
 * so a table changed behind our back stops the run instead of being silently "fixed".
 */
public final class VersionTable implements AutoCloseable {

    private final Database database;
    private final String table;
    private PreparedStatement insert;
    private PreparedStatement update;
    private PreparedStatement delete;
    /** The version change of each kind (insert, update, delete) followed by the history INSERT. */
    private final PreparedStatement[] withHistory = new PreparedStatement[3];
    private Boolean pipelines;

    public VersionTable(Database database, String table) {
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
        database.execute(database.dialect().createVersionTableIfMissing(table));
    }

    /** The current heads, sorted; empty when the table does not exist yet. */
    public Set<String> heads() throws SQLException {
        if (!exists()) {
            return Set.of();
        }
        Set<String> heads = new LinkedHashSet<>();
        try (Statement statement = database.connection().createStatement();
                ResultSet rs = statement.executeQuery(database.dialect().selectVersions(table))) {
            while (rs.next()) {
                heads.add(rs.getString(1));
            }
        }
        return Collections.unmodifiableSet(heads);
    }

    public void apply(List<VersionChange> changes) throws SQLException {
        for (VersionChange change : changes) {
            apply(change);
        }
    }

    public void apply(VersionChange change) throws SQLException {
        PreparedStatement statement = switch (kind(change)) {
            case 0 -> insert = prepare(insert, sql(change));
            case 1 -> update = prepare(update, sql(change));
            default -> delete = prepare(delete, sql(change));
        };
        bind(statement, change);
        check(change, statement.executeUpdate());
    }

    /**
     * A step's version-row changes and its history row, in the connection's transaction. With
     * pgjdbc the last change and the history row are one two-statement PreparedStatement, which the
     * driver sends in one round trip (as psql would send the version UPDATE alone); every change is
     * still checked to touch exactly one row, and a failed check rolls both back with the step.
     */
    public void apply(List<VersionChange> changes, HistoryTable history, HistoryRow row) throws SQLException {
        if (changes.isEmpty() || !pipelinesStatements()) {
            apply(changes);
            history.record(row);
            return;
        }
        apply(changes.subList(0, changes.size() - 1));
        VersionChange last = changes.get(changes.size() - 1);
        int kind = kind(last);
        if (withHistory[kind] == null) {
            withHistory[kind] = database.connection().prepareStatement(sql(last) + "; " + history.insertSql());
        }
        PreparedStatement both = withHistory[kind];
        history.bind(both, bind(both, last), row);
        both.execute();
        check(last, both.getUpdateCount());
        both.getMoreResults();
    }

    /** pgjdbc splits a multi-statement PreparedStatement and sends the parts in one round trip. */
    private boolean pipelinesStatements() throws SQLException {
        if (pipelines == null) {
            pipelines = "PostgreSQL JDBC Driver".equals(database.connection().getMetaData().getDriverName());
        }
        return pipelines;
    }

    private static int kind(VersionChange change) {
        return change instanceof VersionChange.Insert ? 0 : change instanceof VersionChange.Update ? 1 : 2;
    }

    private String sql(VersionChange change) {
        return switch (kind(change)) {
            case 0 -> database.dialect().insertVersion(table);
            case 1 -> database.dialect().updateVersion(table);
            default -> database.dialect().deleteVersion(table);
        };
    }

    /** Sets the change's parameters from index 1; returns the next free index. */
    private static int bind(PreparedStatement statement, VersionChange change) throws SQLException {
        if (change instanceof VersionChange.Insert i) {
            statement.setString(1, i.id());
            return 2;
        }
        if (change instanceof VersionChange.Update u) {
            statement.setString(1, u.to());
            statement.setString(2, u.from());
            return 3;
        }
        statement.setString(1, ((VersionChange.Delete) change).id());
        return 2;
    }

    private void check(VersionChange change, int rows) {
        if (rows != 1) {
            throw new VersionTableMismatchError(table, change, rows);
        }
    }

    private PreparedStatement prepare(PreparedStatement cached, String sql) throws SQLException {
        return cached != null ? cached : database.connection().prepareStatement(sql);
    }

    @Override
    public void close() throws SQLException {
        PreparedStatement[] all = {insert, update, delete, withHistory[0], withHistory[1], withHistory[2]};
        for (PreparedStatement statement : all) {
            if (statement != null) {
                statement.close();
            }
        }
    }
}
