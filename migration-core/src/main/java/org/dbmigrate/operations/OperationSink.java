package org.dbmigrate.operations;

import java.sql.Connection;

/**
 * Where {@link Operations} sends each operation: run on a connection (online), written as SQL
 * (offline), or kept in a list (to derive a downgrade).
 */
public interface OperationSink {

    void apply(Operation operation);

    /** The migration's connection; offline sinks throw {@link NeedsConnectionError}. */
    Connection connection();
}
