package org.dbmigrate.cli;

import java.nio.file.Path;

/** db-manage end to end on an H2 file database. */
class H2DbManageIT extends AbstractDbManageIT {

    @Override
    TestDatabase createDatabase(Path folder) {
        return new H2TestDatabase(folder);
    }
}
