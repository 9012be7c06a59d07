package org.dbmigrate.example.spring;

/** The notes app on the MariaDB test server. */
class MariaDbNotesAppTest extends AbstractNotesAppTest {

    @Override
    TestDatabase createDatabase() throws Exception {
        return new TestDatabase.MariaDb();
    }
}
