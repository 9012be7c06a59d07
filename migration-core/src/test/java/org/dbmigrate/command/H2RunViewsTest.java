package org.dbmigrate.command;

import org.dbmigrate.runtime.TestDatabase;

class H2RunViewsTest extends AbstractRunViewsTest {

    @Override
    TestDatabase newDatabase(String what) throws Exception {
        return new TestDatabase.H2(what);
    }
}
