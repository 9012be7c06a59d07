package org.dbmigrate.junit;

import java.sql.SQLException;
import org.dbmigrate.testsupport.ServerDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** The kit on a test server: a database of the test's own, created before and dropped after each test. */
abstract class ServerMigrationWalkTest extends AbstractMigrationWalkTest {

    ServerDatabase db;

    abstract ServerDatabase create(String name) throws SQLException;

    @BeforeEach
    void createDatabase() throws SQLException {
        db = create(ServerDatabase.randomName("dbm_junitkit"));
    }

    @AfterEach
    void dropDatabase() throws SQLException {
        db.close();
    }

    @Override
    String url() {
        return db.url();
    }
}
