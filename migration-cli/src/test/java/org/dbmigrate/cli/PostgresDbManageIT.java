package org.dbmigrate.cli;

import java.nio.file.Path;

/** db-manage end to end on PostgreSQL (test.pg.url). */
class PostgresDbManageIT extends AbstractDbManageIT {

    @Override
    TestDatabase createDatabase(Path folder) throws Exception {
        return new PostgresTestDatabase();
    }
}
