package org.dbmigrate.internal.command;

import org.dbmigrate.internal.runtime.TestDatabase;
import org.junit.jupiter.api.Tag;

@Tag("h2")
class H2RunViewsTest extends AbstractRunViewsTest {

    @Override
    TestDatabase newDatabase(String what) throws Exception {
        return new TestDatabase.H2(what);
    }
}
