package org.dbmigrate.internal.runtime;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.dbmigrate.error.MigrationError;
import org.dbmigrate.internal.dialect.Dialect;
import org.dbmigrate.operations.DataMigration;
import org.dbmigrate.operations.Operation;
import org.dbmigrate.operations.OperationSink;

/** Runs each operation of a Java revision on the migration's connection as it is called. */
public final class OnlineOperations implements OperationSink {

    private static final StackWalker WALKER = StackWalker.getInstance();

    private final Connection connection;
    private final Dialect dialect;
    private final List<Integer> linesRun = new ArrayList<>();

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
                throw new OperationError(operation, callerLine(), e);
            }
            linesRun.add(callerLine());
            return;
        }
        for (String sql : operation.sql(dialect)) {
            try (Statement statement = connection.createStatement()) {
                statement.execute(sql);
            } catch (SQLException e) {
                throw new OperationError(operation, callerLine(), e);
            }
        }
        linesRun.add(callerLine());
    }

    /** The revision's lines whose operations have run, in order. */
    public List<Integer> linesRun() {
        return List.copyOf(linesRun);
    }

    @Override
    public Connection connection() {
        return connection;
    }

    /** The revision's line in a stack trace of code it ran itself (op.connection() use). */
    static int callerLine(Throwable thrown) {
        for (StackTraceElement frame : thrown.getStackTrace()) {
            if (isRevisionCode(frame.getClassName())) {
                return Math.max(0, frame.getLineNumber());
            }
        }
        return 0;
    }

    private static boolean isRevisionCode(String className) {
        return !className.startsWith("org.dbmigrate.") && !className.startsWith("java.")
                && !className.startsWith("jdk.") && !className.startsWith("sun.")
                && !className.startsWith("org.postgresql.") && !className.startsWith("com.mysql.")
                && !className.startsWith("org.h2.");
    }

    /**
     * The line in the revision's source that made the call: the first frame outside the engine
     * and the JDK (revision classes have no package of ours).
     */
    static int callerLine() {
        return WALKER.walk(frames -> frames.filter(f -> isRevisionCode(f.getClassName())).findFirst()
                .map(StackWalker.StackFrame::getLineNumber).orElse(0));
    }
}
