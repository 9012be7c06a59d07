package org.dbmigrate.junit;

import com.mysql.cj.jdbc.MysqlDataSource;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.dbmigrate.testsupport.ServerDatabase;
import org.junit.jupiter.api.Tag;

/** The kit on the MariaDb test server, through the driver's own DataSource. */
@Tag("mariadb")
class MariaDbMigrationWalkTest extends ServerMigrationWalkTest {

    @Override
    ServerDatabase create(String name) throws SQLException {
        return ServerDatabase.mariaDb(name);
    }

    @Override
    DataSource dataSource() {
        MysqlDataSource ds = new MysqlDataSource();
        ds.setURL(db.url());
        ds.setUser(db.user());
        ds.setPassword(db.password());
        return ds;
    }
}
