package org.dbmigrate.internal.command;

import org.dbmigrate.internal.runtime.TestDatabase;
import org.junit.jupiter.api.Tag;

@Tag("postgresql")
class PostgresEverydayFeaturesTest extends AbstractEverydayFeaturesTest {

    @Override
    TestDatabase newDatabase(String what) throws Exception {
        return new TestDatabase.Postgres(what);
    }

    @Override
    String extraObjects() {
        return "CREATE SEQUENCE thing_ids;\nCREATE TYPE mood AS ENUM ('ok', 'sad');\n"
                + "CREATE FUNCTION one() RETURNS INT AS $$ SELECT 1 $$ LANGUAGE sql;";
    }
}
