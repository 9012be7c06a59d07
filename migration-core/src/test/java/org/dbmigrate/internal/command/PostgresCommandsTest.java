package org.dbmigrate.internal.command;

import org.dbmigrate.internal.runtime.TestDatabase;
import org.junit.jupiter.api.Tag;

@Tag("postgresql")
class PostgresCommandsTest extends AbstractCommandsTest {

    @Override
    TestDatabase newDatabase(String what) throws Exception {
        return new TestDatabase.Postgres(what);
    }

    @Override
    boolean rollsBackDdl() {
        return true;
    }
}
