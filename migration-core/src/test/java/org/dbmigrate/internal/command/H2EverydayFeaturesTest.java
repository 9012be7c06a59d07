package org.dbmigrate.internal.command;

import org.dbmigrate.internal.runtime.TestDatabase;
import org.junit.jupiter.api.Tag;

@Tag("h2")
class H2EverydayFeaturesTest extends AbstractEverydayFeaturesTest {

    @Override
    TestDatabase newDatabase(String what) throws Exception {
        return new TestDatabase.H2(what);
    }

    @Override
    String extraObjects() {
        return "CREATE SEQUENCE thing_ids;\nCREATE DOMAIN money_amount AS DECIMAL(10,2);";
    }
}
