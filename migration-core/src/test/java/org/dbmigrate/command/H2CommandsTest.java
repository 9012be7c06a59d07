package org.dbmigrate.command;

import org.dbmigrate.runtime.TestDatabase;
import org.junit.jupiter.api.Tag;

@Tag("h2")
class H2CommandsTest extends AbstractCommandsTest {

    @Override
    TestDatabase newDatabase(String what) throws Exception {
        return new TestDatabase.H2(what);
    }

    @Override
    boolean rollsBackDdl() {
        return false;
    }
}
