package org.dbmigrate.internal.runtime;

import org.junit.jupiter.api.Tag;

@Tag("postgresql")
class PostgresRuntimeTest extends AbstractRuntimeTest {

    @Override
    TestDatabase newDatabase(String what) throws Exception {
        return new TestDatabase.Postgres(what);
    }

    @Override
    String killOwnConnection() {
        return "SELECT pg_terminate_backend(pg_backend_pid())";
    }

    @Override
    boolean rollsBackDdl() {
        return true;
    }

    @Override
    String noTransactionIndex() {
        return "CREATE INDEX CONCURRENTLY a_name ON a (name)";
    }

    @Override
    String routine() {
        return "CREATE FUNCTION one() RETURNS int AS $$ BEGIN RETURN 1; END; $$ LANGUAGE plpgsql";
    }
}
