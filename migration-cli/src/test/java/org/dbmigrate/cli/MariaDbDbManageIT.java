package org.dbmigrate.cli;

import java.nio.file.Path;

/** db-manage end to end on MariaDB through MySQL Connector/J (test.mariadb.url). */
class MariaDbDbManageIT extends AbstractDbManageIT {

    @Override
    TestDatabase createDatabase(Path folder) throws Exception {
        return new MariaDbTestDatabase();
    }
}
