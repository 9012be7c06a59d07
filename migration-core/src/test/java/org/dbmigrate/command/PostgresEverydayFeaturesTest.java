package org.dbmigrate.command;

import org.dbmigrate.runtime.TestDatabase;

class PostgresEverydayFeaturesTest extends AbstractEverydayFeaturesTest {

    @Override
    TestDatabase newDatabase(String what) throws Exception {
        return new TestDatabase.Postgres(what);
    }
}
