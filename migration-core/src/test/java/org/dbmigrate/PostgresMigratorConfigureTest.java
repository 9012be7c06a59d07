package org.dbmigrate;

import javax.sql.DataSource;
import org.dbmigrate.runtime.TestDatabase;
import org.postgresql.ds.PGSimpleDataSource;

class PostgresMigratorConfigureTest extends AbstractMigratorConfigureTest {

    @Override
    TestDatabase newDatabase(String what) throws Exception {
        return new TestDatabase.Postgres(what);
    }

    @Override
    DataSource dataSource(TestDatabase db) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(db.url());
        dataSource.setUser(db.user());
        dataSource.setPassword(db.password());
        return dataSource;
    }
}
