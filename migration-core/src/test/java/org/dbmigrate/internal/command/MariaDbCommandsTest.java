package org.dbmigrate.internal.command;

import org.dbmigrate.internal.runtime.TestDatabase;
import org.junit.jupiter.api.Tag;

@Tag("mariadb")
class MariaDbCommandsTest extends AbstractCommandsTest {

    @Override
    TestDatabase newDatabase(String what) throws Exception {
        return new TestDatabase.MariaDb(what);
    }

    @Override
    boolean rollsBackDdl() {
        return false;
    }
}
