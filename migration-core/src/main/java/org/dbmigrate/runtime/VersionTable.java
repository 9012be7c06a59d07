package org.dbmigrate.runtime;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.dbmigrate.graph.VersionChange;

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
        int rows;
        if (change instanceof VersionChange.Insert i) {
            insert = prepare(insert, database.dialect().insertVersion(table));
            insert.setString(1, i.id());
            rows = insert.executeUpdate();
        } else if (change instanceof VersionChange.Update u) {
            update = prepare(update, database.dialect().updateVersion(table));
            update.setString(1, u.to());
            update.setString(2, u.from());
            rows = update.executeUpdate();
        } else {
            delete = prepare(delete, database.dialect().deleteVersion(table));
            delete.setString(1, ((VersionChange.Delete) change).id());
            rows = delete.executeUpdate();
        }
        if (rows != 1) {
            throw new VersionTableMismatch(table, change, rows);
        }
    }

    private PreparedStatement prepare(PreparedStatement cached, String sql) throws SQLException {
        return cached != null ? cached : database.connection().prepareStatement(sql);
    }

    @Override
    public void close() throws SQLException {
        for (PreparedStatement statement : new PreparedStatement[] {insert, update, delete}) {
            if (statement != null) {
                statement.close();
            }
        }
    }
}
