package org.dbmigrate.internal.autogenerate;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.dbmigrate.config.MigrateConfig;
import org.dbmigrate.internal.dialect.MySqlDialect;
import org.dbmigrate.internal.runtime.ConnectionSource;
import org.dbmigrate.internal.runtime.Database;
import org.dbmigrate.runtime.DatabaseError;

/**
 * Compares the target database with the configured model and writes the difference as SQL: the
 * upgrade turns the database into the model, the downgrade turns it back (the same comparison the
 * other way round, so each direction is ordered for the schema it runs against).
 */
public final class Autogenerator {

    /**
     * @param changes  what turns the database into the model
     * @param reverse  what turns the model back into the database
     * @param hints    likely renames, as comment text
     * @param warnings what the model holds that was not compared, and changes that may fail on existing rows
     * @param engine   the storage engine of created tables on MySQL/MariaDB
     */
    public record Comparison(SchemaSnapshot database, SchemaSnapshot model, List<SchemaChange> changes,
            List<SchemaChange> reverse, List<String> hints, List<String> warnings, String engine) {

        public boolean isEmpty() {
            return changes.isEmpty();
        }

        /** One line per difference, as {@code check} lists them. */
        public List<String> lines() {
            List<String> lines = new ArrayList<>();
            changes.forEach(c -> lines.addAll(c.describe()));
            return List.copyOf(lines);
        }
    }

    private Autogenerator() {
    }

    public static Comparison compare(Database database, ConnectionSource connections, MigrateConfig config) {
        ModelSource source = ModelSource.of(config);
        SchemaSnapshot current;
        try {
            current = Introspector.forDialect(database.dialect()).read(database.connection());
        } catch (SQLException e) {
            throw new DatabaseError("cannot read the database schema: " + DatabaseError.firstLine(e), e);
        }
        SchemaSnapshot model = source.read(database, connections);
        SchemaComparator comparator = new SchemaComparator(ComparisonOptions.of(config,
                database.dialect() instanceof MySqlDialect));
        List<SchemaChange> changes = comparator.compare(current, model);
        List<SchemaChange> reverse = comparator.compare(model, current);
        List<String> warnings = new ArrayList<>(source.warnings());
        warnings.addAll(notNullWithoutDefault(changes));
        return new Comparison(current, model, changes, reverse, RenameHints.of(changes), List.copyOf(warnings),
                config.autogenerate().mapping().mysqlEngine());
    }

    /**
     * Issue 20 point 7: a NOT NULL column without a default added to an existing table fails on
     * PostgreSQL and H2 once the table has rows, and MySQL/MariaDB fill it with {@code ''} or 0.
     */
    private static List<String> notNullWithoutDefault(List<SchemaChange> changes) {
        List<String> warnings = new ArrayList<>();
        for (SchemaChange c : changes) {
            if (c instanceof SchemaChange.AddColumn a && !a.column().nullable() && a.column().defaultValue() == null
                    && !a.column().autoIncrement()) {
                warnings.add("column " + a.table() + "." + a.column().name() + " is added NOT NULL without a default:"
                        + " the upgrade fails on PostgreSQL and H2 when " + a.table() + " has rows (MySQL and MariaDB"
                        + " fill in '' or 0); give it a default or fill it in the revision before the constraint");
            }
        }
        return warnings;
    }

    /** The upgrade section's text: rename hints as comments, then the statements. */
    public static String upgrades(Comparison comparison, Database database) {
        List<String> lines = new ArrayList<>();
        comparison.warnings().forEach(w -> lines.add("-- WARNING: " + w));
        comparison.hints().forEach(h -> lines.add("-- Possible rename: " + h));
        lines.add(statements(new MigrationRenderer(database.dialect(), comparison.engine())
                .render(comparison.changes(), comparison.database())));
        return String.join("\n", lines).strip();
    }

    public static String downgrades(Comparison comparison, Database database) {
        return statements(new MigrationRenderer(database.dialect(), comparison.engine())
                .render(comparison.reverse(), comparison.model()));
    }

    /** The upgrade as calls on the operations API, for a Java revision's {@code upgrade(Operations op)}. */
    public static String upgradesJava(Comparison comparison, Database database) {
        List<String> lines = new ArrayList<>();
        comparison.warnings().forEach(w -> lines.add("        // WARNING: " + w + "\n"));
        comparison.hints().forEach(h -> lines.add("        // Possible rename: " + h + "\n"));
        new MigrationRenderer(database.dialect(), comparison.engine()).operations(comparison.changes(), comparison.database())
                .forEach(op -> lines.add(indent(op.javaSource())));
        return String.join("", lines);
    }

    public static String downgradesJava(Comparison comparison, Database database) {
        List<String> lines = new ArrayList<>();
        new MigrationRenderer(database.dialect(), comparison.engine()).operations(comparison.reverse(), comparison.model())
                .forEach(op -> lines.add(indent(op.javaSource())));
        return String.join("", lines);
    }

    private static String indent(String javaSource) {
        return javaSource.lines().map(l -> "        " + l + "\n").reduce("", String::concat);
    }

    private static String statements(List<String> statements) {
        if (statements.isEmpty()) {
            return "-- No changes detected.";
        }
        return String.join("\n\n", statements.stream().map(s -> s + ";").toList());
    }
}
