package org.dbmigrate.junit;

import java.sql.SQLException;
import javax.sql.DataSource;
import org.dbmigrate.testsupport.ServerDatabase;
import org.junit.jupiter.api.Tag;
import org.postgresql.ds.PGSimpleDataSource;

/** The kit on the Postgres test server, through the driver's own DataSource. */
@Tag("postgresql")
class PostgresMigrationWalkTest extends ServerMigrationWalkTest {

    @Override
    ServerDatabase create(String name) throws SQLException {
        return ServerDatabase.postgres(name);
    }

    @Override
    DataSource dataSource() {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(db.url());
        ds.setUser(db.user());
        ds.setPassword(db.password());
        return ds;
    }
}
