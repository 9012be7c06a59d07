package org.dbmigrate.internal.command;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.dbmigrate.internal.runtime.MigrationSession;
import org.dbmigrate.runtime.DatabaseError;
import org.dbmigrate.runtime.DatabaseState;
import org.dbmigrate.runtime.HistoryRow;

/** {@code Migrator.state(n)}: one session, no lock, nothing created, nothing announced. */
public final class StateQuery {

    private StateQuery() {
    }

    public static DatabaseState read(CommandContext context, int historyRows) {
        try (MigrationSession session = MigrationSession.open(context.connections(), context.config(),
                context.listener(), context.clock())) {
            List<HistoryRow> oldestFirst = session.history().rows();
            List<HistoryRow> newest = new ArrayList<>(
                    oldestFirst.subList(Math.max(0, oldestFirst.size() - historyRows), oldestFirst.size()));
            Collections.reverse(newest);
            return new DatabaseState(session.heads(), newest);
        } catch (SQLException e) {
            throw new DatabaseError(DatabaseError.firstLine(e), e);
        }
    }
}
