package org.dbmigrate.internal.runtime;

import java.sql.Connection;
import java.util.function.Consumer;
import org.dbmigrate.internal.dialect.Dialect;
import org.dbmigrate.operations.NeedsConnectionError;
import org.dbmigrate.operations.Operation;
import org.dbmigrate.operations.OperationSink;

/** Writes each operation of a Java revision as SQL statements (for {@code --sql}). */
final class OfflineOperations implements OperationSink {

    private final Dialect dialect;
    private final Consumer<String> statements;

    OfflineOperations(Dialect dialect, Consumer<String> statements) {
        this.dialect = dialect;
        this.statements = statements;
    }

    @Override
    public void apply(Operation operation) {
        operation.sql(dialect).forEach(statements);
    }

    @Override
    public Connection connection() {
        throw new NeedsConnectionError("op.connection()");
    }
}
