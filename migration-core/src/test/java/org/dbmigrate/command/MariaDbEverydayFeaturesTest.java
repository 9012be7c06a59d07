package org.dbmigrate.command;

import org.dbmigrate.runtime.TestDatabase;

class MariaDbEverydayFeaturesTest extends AbstractEverydayFeaturesTest {

    @Override
    TestDatabase newDatabase(String what) throws Exception {
        return new TestDatabase.MariaDb(what);
    }

    @Override
    String extraObjects() {
        return "CREATE SEQUENCE thing_ids;\nCREATE FUNCTION one() RETURNS INT DETERMINISTIC RETURN 1;";
    }
}
