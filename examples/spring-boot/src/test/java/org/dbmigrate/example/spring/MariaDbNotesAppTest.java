package org.dbmigrate.example.spring;

import org.junit.jupiter.api.Tag;

/** The notes app on the MariaDB test server. */
@Tag("mariadb")
@Tag("heavy")
class MariaDbNotesAppTest extends AbstractNotesAppTest {

    @Override
    TestDatabase createDatabase() throws Exception {
        return new TestDatabase.MariaDb();
    }
}
