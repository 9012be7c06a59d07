package org.dbmigrate.cli;

import java.nio.file.Path;
import org.junit.jupiter.api.Tag;

/** db-manage end to end on MariaDB through MySQL Connector/J (test.mariadb.url). */
@Tag("mariadb")
class MariaDbDbManageIT extends AbstractDbManageIT {

    @Override
    TestDatabase createDatabase(Path folder) throws Exception {
        return new MariaDbTestDatabase();
    }
}
