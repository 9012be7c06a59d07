package org.dbmigrate.junit;

import java.sql.Connection;

/**
 * Seeds data or asserts on the database at one point of a {@link MigrationWalk}. The connection
 * is in auto-commit mode and closed after the hook; JUnit assertions may be thrown from it.
 */
@FunctionalInterface
public interface ConnectionHook {

    void accept(Connection connection) throws Exception;
}
