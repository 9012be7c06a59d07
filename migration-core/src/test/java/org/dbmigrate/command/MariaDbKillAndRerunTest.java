package org.dbmigrate.command;

import org.dbmigrate.runtime.TestDatabase;

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
