package org.dbmigrate.internal.runtime;

import org.junit.jupiter.api.Tag;

@Tag("mariadb")
class MariaDbRuntimeTest extends AbstractRuntimeTest {

    @Override
    TestDatabase newDatabase(String what) throws Exception {
        return new TestDatabase.MariaDb(what);
    }

    @Override
    String longStatement() {
        // MariaDB stops a recursive CTE after max_recursive_iterations (1000) without an error
        return "SELECT SLEEP(30)";
    }

    @Override
    String killOwnConnection() {
        return "KILL CONNECTION_ID()";
    }

    @Override
    boolean rollsBackDdl() {
        return false;
    }

    @Override
    String routine() {
        return "CREATE PROCEDURE two()\nBEGIN\n  SELECT 1;\n  SELECT 2;\nEND";
    }
}
