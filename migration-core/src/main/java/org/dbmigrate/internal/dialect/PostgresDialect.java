package org.dbmigrate.internal.dialect;

import java.util.HexFormat;
import java.util.Optional;
import org.dbmigrate.dialect.SqlType;

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
    public Optional<String> refusedInTransaction(String sql) {
        return PostgresOutsideTransaction.refused(sql);
    }

    /** Every kind of relation, as the driver's getTables with no type filter. */
    @Override
    public String tablesInCurrentSchema(int count) {
        return "SELECT c.relname FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
                + " WHERE n.nspname = current_schema() AND c.relname IN (" + "?, ".repeat(count - 1) + "?)";
    }

    @Override
    public DatabaseLock lock(LockName name) {
        return new AdvisoryLock(name.key());
    }

    /** BYTEA for binary data, JSONB (indexable, compared by value) for JSON. */
    @Override
    public String typeName(SqlType type) {
        return switch (type.kind()) {
            case BLOB -> "BYTEA";
            case JSON -> "JSONB";
            default -> Dialect.super.typeName(type);
        };
    }

    /** An unnamed primary key is named {@code <table>_pkey} by PostgreSQL. */
    @Override
    public String dropConstraint(String table, String name, ConstraintKind kind) {
        return Dialect.super.dropConstraint(table,
                kind == ConstraintKind.PRIMARY_KEY && name == null ? table + "_pkey" : name, kind);
    }

    /** {@code X'..'} is a bit string in PostgreSQL. */
    @Override
    public String bytesLiteral(byte[] bytes) {
        return "decode('" + HexFormat.of().formatHex(bytes) + "', 'hex')";
    }
}
