package org.dbmigrate;

import javax.sql.DataSource;
import org.dbmigrate.internal.runtime.TestDatabase;
import org.junit.jupiter.api.Tag;
import org.postgresql.ds.PGSimpleDataSource;

@Tag("postgresql")
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
