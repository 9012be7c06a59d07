package org.dbmigrate.example.spring;

import org.junit.jupiter.api.Tag;

/** The notes app on an in-memory H2. */
@Tag("h2")
class H2NotesAppTest extends AbstractNotesAppTest {

    @Override
    TestDatabase createDatabase() throws Exception {
        return new TestDatabase.H2();
    }
}
