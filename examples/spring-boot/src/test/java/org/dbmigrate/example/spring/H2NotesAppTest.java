package org.dbmigrate.example.spring;

/** The notes app on an in-memory H2. */
class H2NotesAppTest extends AbstractNotesAppTest {

    @Override
    TestDatabase createDatabase() throws Exception {
        return new TestDatabase.H2();
    }
}
