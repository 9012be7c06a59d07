package org.dbmigrate.example.spring;

import org.junit.jupiter.api.Tag;

/** The notes app on the PostgreSQL test server. */
@Tag("postgresql")
@Tag("heavy")
class PostgresNotesAppTest extends AbstractNotesAppTest {

    @Override
    TestDatabase createDatabase() throws Exception {
        return new TestDatabase.Postgres();
    }
}
