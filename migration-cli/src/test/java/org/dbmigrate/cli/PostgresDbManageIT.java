package org.dbmigrate.cli;

import java.nio.file.Path;
import org.junit.jupiter.api.Tag;

/** db-manage end to end on PostgreSQL (test.pg.url). */
@Tag("postgresql")
class PostgresDbManageIT extends AbstractDbManageIT {

    @Override
    TestDatabase createDatabase(Path folder) throws Exception {
        return ServerTestDatabase.postgres();
    }
}
