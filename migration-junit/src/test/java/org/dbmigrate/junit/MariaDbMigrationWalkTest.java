package org.dbmigrate.junit;

import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;

/** The kit on the MariaDb test server, through the driver's own DataSource. */
@Tag("mariadb")
class MariaDbMigrationWalkTest extends AbstractMigrationWalkTest {

    private ServerDatabase db;

    @BeforeEach
    void createDatabase() throws Exception {
        db = new ServerDatabase.MariaDb();
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
