package org.dbmigrate.internal.runtime;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dbmigrate.error.MigrationError;
import org.dbmigrate.graph.Direction;
import org.dbmigrate.internal.dialect.Dialect;
import org.dbmigrate.internal.script.JavaRevision;
import org.dbmigrate.internal.script.Section;
import org.dbmigrate.internal.script.SqlStatement;
import org.dbmigrate.operations.Migration;
import org.dbmigrate.operations.Operations;
import org.dbmigrate.operations.Reversal;

/** Runs a Java revision's upgrade or downgrade against an operations sink, naming its file in errors. */
final class JavaSteps {

    private JavaSteps() {
    }

    /** Something the revision's code runs, with the engine's errors passed through. */
    @FunctionalInterface
    interface Body {
        void run(Migration migration, Operations op) throws Exception;
    }

    static Body body(Direction direction) {
        return direction == Direction.UPGRADE ? Migration::upgrade : Migration::downgrade;
    }

    /**
     * Compiles the revision and, for a downgrade the class leaves to its default, derives it now: a
     * compile error or an operation without inverse stops the run before anything has changed.
     */
    static void check(JavaRevision java, Direction direction) {
        Migration migration = java.migration();
        if (direction == Direction.DOWNGRADE && !writesOwnDowngrade(migration)) {
            try {
                Reversal.of(migration);
            } catch (MigrationError e) {
                throw named(java, e);
            } catch (Exception e) {
                throw new MigrationError(java.displayName() + ": upgrade() failed while deriving the downgrade: " + e, e);
            }
        }
    }

    private static boolean writesOwnDowngrade(Migration migration) {
        try {
            Method downgrade = migration.getClass().getMethod("downgrade", Operations.class);
            return downgrade.getDeclaringClass() != Migration.class;
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("Migration declares downgrade", e);
        }
    }

    /** The statements a step would run, for an offline script. */
    static Section render(JavaRevision java, Direction direction, Dialect dialect, Map<String, String> placeholders) {
        List<SqlStatement> statements = new ArrayList<>();
        Operations op = new Operations(new OfflineOperations(dialect, sql -> statements.add(new SqlStatement(sql, 0))),
                placeholders);
        try {
            body(direction).run(java.migration(), op);
        } catch (MigrationError e) {
            throw named(java, e);
        } catch (Exception e) {
            throw new MigrationError(java.displayName() + ": " + direction.word() + "() failed while writing SQL: " + e, e);
        }
        return new Section(statements, java.migration().transactional());
    }

    /** The engine's message with the file in front, as every message about a revision starts. */
    static MigrationError named(JavaRevision java, MigrationError e) {
        return e.getMessage().startsWith(java.displayName()) ? e
                : new MigrationError(java.displayName() + ": " + e.getMessage(), e);
    }
}
