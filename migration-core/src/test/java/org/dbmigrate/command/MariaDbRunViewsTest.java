package org.dbmigrate.command;

import org.dbmigrate.runtime.TestDatabase;

class MariaDbRunViewsTest extends AbstractRunViewsTest {

    @Override
    TestDatabase newDatabase(String what) throws Exception {
        return new TestDatabase.MariaDb(what);
    }
}
