package org.dbmigrate.runtime;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * A callback written in Java ({@code Migrator.withCallback(...)}), run at the same moments and in
 * the same transactions as the SQL callbacks in {@code callbacks/}, after them.
 */
@FunctionalInterface
public interface MigrationCallback {

    /**
     * @param event      when it runs
     * @param revisionId the revision of an {@code *_each_*} event, else null
     * @param connection the migration's connection (do not commit or close it)
     */
    void handle(CallbackEvent event, String revisionId, Connection connection) throws SQLException;
}
