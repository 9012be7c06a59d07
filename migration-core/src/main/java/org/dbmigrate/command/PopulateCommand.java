package org.dbmigrate.command;

import java.util.List;
import org.dbmigrate.runtime.MigrationSession;
import org.dbmigrate.runtime.RevisionPlaceholders;
import org.dbmigrate.script.PlaceholderReplacer;
import org.dbmigrate.script.SqlStatements;

/** {@code populate [--force]}: run populate/*.sql whose checksum changed, in name order, each in its own transaction. */
public final class PopulateCommand {

    private final CommandContext context;

    public PopulateCommand(CommandContext context) {
        this.context = context;
    }

    public record Options(boolean force) {
    }

    public record Result(List<String> ran, List<String> lines) implements CommandResult {
    }

    public Result run(Options options) {
        try (MigrationSession session = MigrationSession.open(context.connections(), context.config(),
                context.listener(), context.clock())) {
            PlaceholderReplacer placeholders = RevisionPlaceholders.online(context.config(), session.database());
            List<String> ran = session.locked(heads -> session.populate().run(context.config().populateDir(),
                    options.force(), (file, text) -> placeholders.replace(
                            SqlStatements.split(file, text, context.connections().sqlSyntax()), "populate/" + file)));
            return new Result(ran, List.of());
        }
    }
}
