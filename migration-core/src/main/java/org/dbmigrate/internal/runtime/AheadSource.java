package org.dbmigrate.internal.runtime;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import org.dbmigrate.internal.dialect.DatabaseKind;
import org.dbmigrate.internal.script.SqlSyntax;

/**
 * A connection source for one command: {@code source}, and the attempt to connect it started ahead
 * ({@code null} when nothing was started), which {@link #close} ends.
 */
final class AheadSource implements ConnectionSource.Ahead {

    private final ConnectionSource source;
    private final ConnectAhead attempt;

    AheadSource(ConnectionSource source, ConnectAhead attempt) {
        this.source = source;
        this.attempt = attempt;
    }

    @Override
    public Connection open() throws SQLException {
        return source.open();
    }

    @Override
    public DatabaseKind kind() {
        return source.kind();
    }

    @Override
    public SqlSyntax sqlSyntax() {
        return source.sqlSyntax();
    }

    @Override
    public Optional<String> takeCreatedSchema() {
        return source.takeCreatedSchema();
    }

    @Override
    public boolean connecting() {
        return attempt != null && attempt.underWay();
    }

    @Override
    public void close() {
        if (attempt != null) {
            attempt.close();
        }
    }
}
