package org.dbmigrate.command;

import org.dbmigrate.runtime.TestDatabase;
import org.junit.jupiter.api.Tag;

@Tag("mariadb")
class MariaDbRunViewsTest extends AbstractRunViewsTest {

    @Override
    TestDatabase newDatabase(String what) throws Exception {
        return new TestDatabase.MariaDb(what);
    }
}
