package org.dbmigrate.dialect;

/** PostgreSQL: DDL is transactional; the lock is a session-level advisory lock. */
public final class PostgresDialect implements Dialect {

    @Override
    public String name() {
        return "PostgreSQL";
    }

    @Override
    public boolean transactionalDdl() {
        return true;
    }

    @Override
    public DatabaseLock lock(LockName name) {
        return new AdvisoryLock(name.key());
    }
}
