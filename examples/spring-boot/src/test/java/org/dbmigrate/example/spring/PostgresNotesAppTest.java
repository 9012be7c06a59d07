package org.dbmigrate.example.spring;

/** The notes app on the PostgreSQL test server. */
class PostgresNotesAppTest extends AbstractNotesAppTest {

    @Override
    TestDatabase createDatabase() throws Exception {
        return new TestDatabase.Postgres();
    }
}
