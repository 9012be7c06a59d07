package org.dbmigrate;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.dbmigrate.graph.Plan;
import org.dbmigrate.graph.Revisions;
import org.dbmigrate.internal.autogenerate.ComparisonOptions;
import org.dbmigrate.internal.autogenerate.Introspector;
import org.dbmigrate.internal.autogenerate.SchemaChange;
import org.dbmigrate.internal.autogenerate.SchemaComparator;
import org.dbmigrate.internal.autogenerate.SchemaSnapshot;
import org.dbmigrate.internal.command.CommandContext;
import org.dbmigrate.internal.dialect.MySqlDialect;
import org.dbmigrate.internal.runtime.Database;
import org.dbmigrate.internal.runtime.MigrationSession;
import org.dbmigrate.internal.runtime.RevisionScripts;
import org.dbmigrate.internal.script.ScriptDirectory;
import org.dbmigrate.runtime.DatabaseError;

/**
 * One revision at a time through the same runtime as {@code upgrade}/{@code downgrade} (lock,
 * transactions, version and history tables), and the schema read as autogenerate reads it: what
 * a migration test walks with (from {@link Migrator#stepwise()}).
 */
public final class Stepwise {

    private final CommandContext context;
    private final ScriptDirectory scripts;

    Stepwise(CommandContext context) {
        this.context = context;
        this.scripts = context.scripts();
    }

    /** The revisions the walk goes through. */
    public Revisions revisions() {
        return scripts.graph();
    }

    /** The database's version rows. */
    public Set<String> heads() {
        try (MigrationSession session = open()) {
            return session.heads();
        }
    }

    /** Applies {@code id}, whose ancestors are applied already: a plan of exactly one step. */
    public void upgrade(String id) {
        run(heads -> scripts.graph().upgrade(heads, id));
    }

    /** Reverts {@code id}, an applied head, and nothing else (not its siblings on other branches). */
    public void downgrade(String id) {
        run(heads -> scripts.graph().downgradeOne(heads, id));
    }

    /** A new connection to the database (the caller closes it), for checks between the steps. */
    public Connection openConnection() throws SQLException {
        return context.connections().open();
    }

    /** The tables the project owns (the engine's own left out), as autogenerate reads them. */
    public Schema schema() {
        try (Database database = Database.connect(context.connections())) {
            return new Schema(Introspector.forDialect(database.dialect()).read(database.connection()));
        } catch (SQLException e) {
            throw new DatabaseError("cannot read the database schema: " + DatabaseError.firstLine(e), e);
        }
    }

    /** What turns {@code actual} into {@code wanted}, one line each; empty when they are equal. */
    public List<String> differences(Schema actual, Schema wanted) {
        boolean mysql;
        try (Database database = Database.connect(context.connections())) {
            mysql = database.dialect() instanceof MySqlDialect;
        }
        SchemaComparator comparator = new SchemaComparator(ComparisonOptions.of(context.config(), mysql));
        return comparator.compare(actual.snapshot, wanted.snapshot).stream().map(SchemaChange::describe)
                .flatMap(List::stream).toList();
    }

    /** A schema as {@link #schema()} read it; only {@link #differences} looks inside. */
    public static final class Schema {
        private final SchemaSnapshot snapshot;

        private Schema(SchemaSnapshot snapshot) {
            this.snapshot = snapshot;
        }
    }

    private void run(Function<Set<String>, Plan> planFor) {
        try (MigrationSession session = open()) {
            session.locked(heads -> {
                session.runner().run(planFor.apply(heads), RevisionScripts.of(scripts));
                return null;
            });
        }
    }

    private MigrationSession open() {
        return MigrationSession.open(context.connections(), context.config(), context.listener(), context.clock());
    }
}
