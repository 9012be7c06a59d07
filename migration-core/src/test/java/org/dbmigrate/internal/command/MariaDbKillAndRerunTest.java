package org.dbmigrate.internal.command;

import org.dbmigrate.internal.runtime.TestDatabase;
import org.junit.jupiter.api.Tag;

@Tag("mariadb")
@Tag("heavy")
class MariaDbKillAndRerunTest extends AbstractKillAndRerunTest {

    @Override
    TestDatabase newDatabase(String what) throws Exception {
        return new TestDatabase.MariaDb(what);
    }

    @Override
    String upgradeSection() {
        return "-- migrate:upgrade";
    }

    @Override
    String pause() {
        return "DO SLEEP(0.01)";
    }
}
