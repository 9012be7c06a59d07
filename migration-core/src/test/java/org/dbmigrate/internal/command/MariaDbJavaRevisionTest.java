package org.dbmigrate.internal.command;

import org.dbmigrate.internal.runtime.TestDatabase;
import org.junit.jupiter.api.Tag;

@Tag("mariadb")
class MariaDbJavaRevisionTest extends AbstractJavaRevisionTest {

    @Override
    TestDatabase newDatabase(String what) throws Exception {
        return new TestDatabase.MariaDb(what);
    }
}
