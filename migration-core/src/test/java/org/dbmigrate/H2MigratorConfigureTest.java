package org.dbmigrate;

import javax.sql.DataSource;
import org.dbmigrate.internal.runtime.TestDatabase;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Tag;

@Tag("h2")
class H2MigratorConfigureTest extends AbstractMigratorConfigureTest {

    @Override
    TestDatabase newDatabase(String what) throws Exception {
        return new TestDatabase.H2(what);
    }

    @Override
    DataSource dataSource(TestDatabase db) {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL(db.url());
        dataSource.setUser(db.user());
        dataSource.setPassword(db.password());
        return dataSource;
    }
}
