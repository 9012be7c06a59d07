package org.dbmigrate.runtime;

import org.junit.jupiter.api.Tag;

@Tag("mariadb")
class MariaDbRuntimeTest extends AbstractRuntimeTest {

    @Override
    TestDatabase newDatabase(String what) throws Exception {
        return new TestDatabase.MariaDb(what);
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
