package org.dbmigrate.operations;

import java.sql.Connection;

/** Code that reads and writes data through the migration's own connection and transaction. */
@FunctionalInterface
public interface DataStep {
    void run(Connection connection) throws Exception;
}
