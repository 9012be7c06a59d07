package org.dbmigrate.junit;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import org.dbmigrate.graph.Plan;
import org.dbmigrate.internal.autogenerate.ComparisonOptions;
import org.dbmigrate.internal.autogenerate.Introspector;
import org.dbmigrate.internal.autogenerate.SchemaChange;
import org.dbmigrate.internal.autogenerate.SchemaComparator;
import org.dbmigrate.internal.autogenerate.SchemaSnapshot;
import org.dbmigrate.internal.command.CommandContext;
import org.dbmigrate.internal.dialect.MySqlDialect;
import org.dbmigrate.internal.graph.RevisionGraph;
import org.dbmigrate.internal.runtime.Database;
import org.dbmigrate.internal.runtime.MigrationSession;
import org.dbmigrate.internal.runtime.RevisionScripts;
import org.dbmigrate.internal.script.ScriptDirectory;
import org.dbmigrate.runtime.DatabaseError;

/**
 * Runs one revision at a time through the same runtime as {@code upgrade}/{@code downgrade}
 * (lock, transactions, version and history tables), and reads schema snapshots to compare.
 */
final class Steps {

    private final CommandContext context;
    private final ScriptDirectory scripts;
    private final RevisionGraph graph;

    Steps(CommandContext context, ScriptDirectory scripts) {
        this.context = context;
        this.scripts = scripts;
        this.graph = scripts.graph();
    }

    Set<String> heads() {
        try (MigrationSession session = open()) {
            return session.heads();
        }
    }

    /** Applies {@code id}, whose ancestors are applied already: a plan of exactly one step. */
    void upgrade(String id) {
        run(heads -> graph.upgrade(heads, id));
    }

    /** Reverts {@code id}, an applied head, and nothing else (not its siblings on other branches). */
    void downgrade(String id) {
        run(heads -> graph.downgradeOne(heads, id));
    }

    Plan downgradeToBase() {
        return graph.downgrade(heads(), "base");
    }

    void hook(ConnectionHook hook) throws Exception {
        try (Connection connection = context.connections().open()) {
            connection.setAutoCommit(true);
            hook.accept(connection);
        }
    }

    /** The tables the project owns (the engine's own left out), as autogenerate reads them. */
    SchemaSnapshot snapshot() {
        try (Database database = Database.connect(context.connections())) {
            return Introspector.forDialect(database.dialect()).read(database.connection());
        } catch (SQLException e) {
            throw new DatabaseError("cannot read the database schema: " + DatabaseError.firstLine(e), e);
        }
    }

    /** What turns {@code actual} into {@code wanted}, one line each; empty when they are equal. */
    List<String> differences(SchemaSnapshot actual, SchemaSnapshot wanted) {
        boolean mysql;
        try (Database database = Database.connect(context.connections())) {
            mysql = database.dialect() instanceof MySqlDialect;
        }
        SchemaComparator comparator = new SchemaComparator(ComparisonOptions.of(context.config(), mysql));
        return comparator.compare(actual, wanted).stream().map(SchemaChange::describe).flatMap(List::stream).toList();
    }

    private interface PlanFor {
        Plan plan(Set<String> heads);
    }

    private void run(PlanFor planFor) {
        try (MigrationSession session = open()) {
            session.locked(heads -> {
                session.runner().run(planFor.plan(heads), RevisionScripts.of(scripts));
                return null;
            });
        }
    }

    private MigrationSession open() {
        return MigrationSession.open(context.connections(), context.config(), context.listener(), context.clock());
    }
}
