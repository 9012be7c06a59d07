package org.dbmigrate.internal.command;

import org.dbmigrate.internal.runtime.TestDatabase;
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
