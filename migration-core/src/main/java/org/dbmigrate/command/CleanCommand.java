package org.dbmigrate.command;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dbmigrate.error.MigrationError;
import org.dbmigrate.internal.command.CommandContext;
import org.dbmigrate.internal.command.DestructiveGuard;
import org.dbmigrate.internal.runtime.MigrationSession;
import org.dbmigrate.internal.runtime.SchemaCleaner;
import org.dbmigrate.runtime.DatabaseError;

/**
 * {@code clean [--yes]}: drop every object in the configured schemas ({@code schemas}, else
 * {@code default_schema}, else the connection's own), the version and history tables included.
 * Refused unless {@code clean_enabled = true}; guarded as every destructive command.
 */
public final class CleanCommand {

    private final CommandContext context;

    public CleanCommand(CommandContext context) {
        this.context = context;
    }

    public record Options() {
    }

    /**
     * @param dropped per schema, how many objects of each kind were dropped
     * @param lines   the summary, one line per schema
     */
    public record Result(Map<String, Map<String, Integer>> dropped, List<String> lines) implements CommandResult {
    }

    public Result run(Options options) {
        if (!context.config().safety().cleanEnabled()) {
            throw new MigrationError("clean is refused: it drops every object in the schemas, and the config does"
                    + " not allow it; set 'clean_enabled = true' in [migrate] (or -Dmigrate.cleanEnabled=true)"
                    + " on test and local databases only");
        }
        try (MigrationSession session = MigrationSession.open(context.connections(), context.config(),
                context.listener(), context.clock())) {
            DestructiveGuard.check(context, session.database(), "clean");
            Map<String, Map<String, Integer>> dropped = new LinkedHashMap<>();
            List<String> lines = new ArrayList<>();
            SchemaCleaner cleaner = new SchemaCleaner(session.database());
            for (String schema : schemas(session)) {
                boolean created = cleaner.createdByUs(schema, context.config().historyTable());
                Map<String, Integer> counts = cleaner.clean(schema);
                dropped.put(schema, counts);
                String what = counts.isEmpty() ? "it was empty" : "dropped " + summary(counts);
                if (created) {
                    cleaner.dropSchema(schema);
                    what += "; dropped the schema itself, which create_schemas had created";
                }
                lines.add("Cleaned " + schema + ": " + what);
            }
            return new Result(dropped, lines);
        } catch (SQLException e) {
            throw new DatabaseError("clean failed: " + DatabaseError.firstLine(e), e);
        }
    }

    private List<String> schemas(MigrationSession session) throws SQLException {
        if (!context.config().schemas().clean().isEmpty()) {
            return context.config().schemas().clean();
        }
        if (!context.config().schemas().defaultSchema().isEmpty()) {
            return List.of(context.config().schemas().defaultSchema());
        }
        return List.of(session.database().currentSchema());
    }

    private static String summary(Map<String, Integer> counts) {
        List<String> parts = new ArrayList<>();
        counts.forEach((kind, n) -> parts.add(n + " " + kind));
        return String.join(", ", parts);
    }
}
