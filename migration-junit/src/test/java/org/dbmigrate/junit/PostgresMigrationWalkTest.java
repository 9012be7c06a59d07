package org.dbmigrate.junit;

import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;

/** The kit on the Postgres test server, through the driver's own DataSource. */
@Tag("postgresql")
class PostgresMigrationWalkTest extends AbstractMigrationWalkTest {

    private ServerDatabase db;

    @BeforeEach
    void createDatabase() throws Exception {
        db = new ServerDatabase.Postgres();
    }

    @AfterEach
    void dropDatabase() throws Exception {
        db.close();
    }

    @Override
    DataSource dataSource() {
        return db.dataSource();
    }

    @Override
    String url() {
        return db.url();
    }
}
