package org.dbmigrate.command;

import java.time.Duration;
import java.util.List;
import org.dbmigrate.internal.command.CommandContext;
import org.dbmigrate.internal.runtime.MigrationSession;
import org.dbmigrate.internal.runtime.PopulateRunner;
import org.dbmigrate.internal.runtime.RevisionPlaceholders;
import org.dbmigrate.internal.script.PlaceholderReplacer;
import org.dbmigrate.internal.script.ScriptSource;
import org.dbmigrate.internal.script.SqlStatements;

/** {@code populate [--force]}: run populate/*.sql whose checksum changed, in name order, each in its own transaction. */
public final class PopulateCommand {

    private final CommandContext context;

    public PopulateCommand(CommandContext context) {
        this.context = context;
    }

    public record Options(boolean force) {
    }

    /**
     * @param ran       the scripts that ran, in order
     * @param unchanged how many scripts were skipped because they did not change
     * @param duration  the whole command
     */
    public record Result(List<String> ran, int unchanged, Duration duration) implements CommandResult {

        /** The summary: {@code Populated 2 scripts in 0.3 s (3 unchanged)}, or {@code Nothing to populate ...}. */
        @Override
        public List<String> lines() {
            String skipped = unchanged == 1 ? "1 script unchanged" : unchanged + " scripts unchanged";
            if (ran.isEmpty()) {
                return List.of(unchanged == 0 ? "Nothing to populate: no scripts" : "Nothing to populate: " + skipped);
            }
            return List.of("Populated " + ran.size() + (ran.size() == 1 ? " script" : " scripts") + " in "
                    + RunReport.seconds(duration) + (unchanged == 0 ? "" : " (" + skipped + ")"));
        }
    }

    public Result run(Options options) {
        long start = System.nanoTime();
        try (MigrationSession session = MigrationSession.open(context.connections(), context.config(),
                context.listener(), context.clock())) {
            ScriptSource source = ScriptSource.of(context.config().scriptSource());
            PlaceholderReplacer placeholders = RevisionPlaceholders.online(context.config(), session.database());
            List<String> ran = session.locked(heads -> {
                session.announce();
                return session.populate().run(source, options.force(), (file, text) -> placeholders.replace(
                        SqlStatements.split(file, text, context.connections().sqlSyntax()), "populate/" + file));
            });
            int unchanged = source.files(PopulateRunner.FOLDER, List.of(".sql")).size() - ran.size();
            return new Result(ran, unchanged, Duration.ofNanos(System.nanoTime() - start));
        }
    }
}
