package org.dbmigrate.command;

import org.dbmigrate.runtime.TestDatabase;
import org.junit.jupiter.api.Tag;

@Tag("h2")
class H2RunViewsTest extends AbstractRunViewsTest {

    @Override
    TestDatabase newDatabase(String what) throws Exception {
        return new TestDatabase.H2(what);
    }
}
