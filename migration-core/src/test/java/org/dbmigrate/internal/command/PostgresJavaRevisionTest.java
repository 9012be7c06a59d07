package org.dbmigrate.internal.command;

import org.dbmigrate.internal.runtime.TestDatabase;
import org.junit.jupiter.api.Tag;

@Tag("postgresql")
class PostgresJavaRevisionTest extends AbstractJavaRevisionTest {

    @Override
    TestDatabase newDatabase(String what) throws Exception {
        return new TestDatabase.Postgres(what);
    }

    @Override
    String outsideTransactionIndex() {
        return "CREATE INDEX CONCURRENTLY ix_accounts_name ON accounts (name)";
    }
}
