package org.dbmigrate.runtime;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;
import org.dbmigrate.dialect.Dialect;
import org.dbmigrate.error.MigrationError;
import org.dbmigrate.operations.DataMigration;
import org.dbmigrate.operations.Operation;
import org.dbmigrate.operations.OperationSink;

/** Runs each operation of a Java revision on the migration's connection as it is called. */
public final class OnlineOperations implements OperationSink {

    private static final StackWalker WALKER = StackWalker.getInstance();

    private final Connection connection;
    private final Dialect dialect;

    public OnlineOperations(Connection connection, Dialect dialect) {
        this.connection = Objects.requireNonNull(connection, "connection");
        this.dialect = Objects.requireNonNull(dialect, "dialect");
    }

    @Override
    public void apply(Operation operation) {
        if (operation instanceof DataMigration data) {
            try {
                data.step().run(connection);
            } catch (MigrationError e) {
                throw e;
            } catch (Exception e) {
                throw new OperationFailed(operation, callerLine(), e);
            }
            return;
        }
        for (String sql : operation.sql(dialect)) {
            try (Statement statement = connection.createStatement()) {
                statement.execute(sql);
            } catch (SQLException e) {
                throw new OperationFailed(operation, callerLine(), e);
            }
        }
    }

    @Override
    public Connection connection() {
        return connection;
    }

    /**
     * The line in the revision's source that made the call: the first frame outside the engine
     * and the JDK (revision classes have no package of ours).
     */
    static int callerLine() {
        return WALKER.walk(frames -> frames
                .filter(f -> !f.getClassName().startsWith("org.dbmigrate.") && !f.getClassName().startsWith("java.")
                        && !f.getClassName().startsWith("jdk.") && !f.getClassName().startsWith("sun."))
                .findFirst().map(StackWalker.StackFrame::getLineNumber).orElse(0));
    }
}
