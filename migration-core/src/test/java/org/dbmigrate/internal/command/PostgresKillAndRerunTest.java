package org.dbmigrate.internal.command;

import org.dbmigrate.internal.runtime.TestDatabase;
import org.junit.jupiter.api.Tag;

/** On PostgreSQL, revisions commit statement by statement only in no-transaction sections. */
@Tag("postgresql")
@Tag("heavy")
class PostgresKillAndRerunTest extends AbstractKillAndRerunTest {

    @Override
    TestDatabase newDatabase(String what) throws Exception {
        return new TestDatabase.Postgres(what);
    }

    @Override
    String upgradeSection() {
        return "-- migrate:no-transaction\n-- migrate:upgrade";
    }

    @Override
    String pause() {
        return "SELECT pg_sleep(0.01)";
    }
}
