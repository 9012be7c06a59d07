package org.dbmigrate.internal.dialect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Issue 13: which statements PostgreSQL refuses inside a transaction block, by their first words. */
class PostgresOutsideTransactionTest {

    private final Dialect postgres = new PostgresDialect();

    @Test
    void refusedStatementsAreNamed() {
        assertEquals(Optional.of("create index concurrently"),
                postgres.refusedInTransaction("create index  concurrently ix ON t (a)"));
        assertEquals(Optional.of("CREATE UNIQUE INDEX CONCURRENTLY"),
                postgres.refusedInTransaction("CREATE UNIQUE INDEX CONCURRENTLY ix ON t (a)"));
        assertEquals(Optional.of("DROP INDEX CONCURRENTLY"),
                postgres.refusedInTransaction("-- first a comment\n/* and a block */ DROP INDEX CONCURRENTLY ix"));
        assertEquals(Optional.of("REINDEX (VERBOSE) TABLE CONCURRENTLY"),
                postgres.refusedInTransaction("REINDEX (VERBOSE) TABLE CONCURRENTLY t"));
        assertEquals(Optional.of("REINDEX DATABASE"), postgres.refusedInTransaction("REINDEX DATABASE app"));
        assertEquals(Optional.of("VACUUM"), postgres.refusedInTransaction("VACUUM ANALYZE t"));
        assertEquals(Optional.of("CREATE DATABASE"), postgres.refusedInTransaction("CREATE DATABASE other"));
        assertEquals(Optional.of("ALTER SYSTEM"), postgres.refusedInTransaction("ALTER SYSTEM SET work_mem = '8MB'"));
        assertEquals(Optional.of("ALTER DATABASE app SET TABLESPACE"),
                postgres.refusedInTransaction("ALTER DATABASE app SET TABLESPACE fast"));
    }

    @Test
    void statementsThatRunInATransactionAreNot() {
        assertEquals(Optional.empty(), postgres.refusedInTransaction("CREATE INDEX ix ON t (a)"));
        assertEquals(Optional.empty(), postgres.refusedInTransaction("REINDEX TABLE t"));
        assertEquals(Optional.empty(), postgres.refusedInTransaction("ALTER TYPE mood ADD VALUE 'meh'"));
        assertEquals(Optional.empty(), postgres.refusedInTransaction("INSERT INTO t VALUES ('VACUUM')"));
        assertEquals(Optional.empty(), postgres.refusedInTransaction("CREATE INDEX concurrently_named ON t (a)"));
        assertEquals(Optional.empty(), new MySqlDialect().refusedInTransaction("CREATE DATABASE other"));
    }
}
