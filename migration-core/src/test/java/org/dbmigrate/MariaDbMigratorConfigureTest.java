package org.dbmigrate;

import com.mysql.cj.jdbc.MysqlDataSource;
import javax.sql.DataSource;
import org.dbmigrate.internal.runtime.TestDatabase;
import org.junit.jupiter.api.Tag;

@Tag("mariadb")
class MariaDbMigratorConfigureTest extends AbstractMigratorConfigureTest {

    @Override
    TestDatabase newDatabase(String what) throws Exception {
        return new TestDatabase.MariaDb(what);
    }

    @Override
    DataSource dataSource(TestDatabase db) {
        MysqlDataSource dataSource = new MysqlDataSource();
        dataSource.setUrl(db.url());
        dataSource.setUser(db.user());
        dataSource.setPassword(db.password());
        return dataSource;
    }
}
