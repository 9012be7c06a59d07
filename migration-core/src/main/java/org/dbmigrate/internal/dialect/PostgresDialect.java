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
