package org.dbmigrate.command;

import java.util.List;
import java.util.Objects;
import org.dbmigrate.error.MigrationError;
import org.dbmigrate.graph.RevisionGraph;
import org.dbmigrate.graph.VersionChange;
import org.dbmigrate.runtime.MigrationSession;
import org.dbmigrate.runtime.OfflineScript;
import org.dbmigrate.runtime.RevisionScripts;
import org.dbmigrate.script.ScriptDirectory;

/** {@code stamp <rev>... [--purge] [--sql]}: set the version table without running migrations. */
public final class StampCommand {

    private final CommandContext context;

    public StampCommand(CommandContext context) {
        this.context = context;
    }

    public record Options(List<String> targets, boolean purge, boolean sql, Appendable sqlOut) {
    }

    public record Result(List<org.dbmigrate.graph.VersionChange> changes, List<String> lines) implements CommandResult {
    }

    public Result run(Options options) {
        if (options.targets() == null || options.targets().isEmpty()) {
            throw new MigrationError("stamp needs at least one revision: an id, 'head', 'heads' or 'base'");
        }
        ScriptDirectory scripts = context.scripts();
        RevisionGraph graph = scripts.graph();
        if (options.sql()) {
            // Offline, the database is assumed to be at base (empty version table).
            List<VersionChange> changes = graph.stamp(java.util.Set.of(), options.targets(), options.purge());
            new OfflineScript(context.connections().kind().dialect(), context.config().versionTable(),
                    context.config().transactionPerMigration(), Objects.requireNonNull(options.sqlOut(), "sqlOut"))
                    .writeStamp(java.util.Set.of(), changes);
            return new Result(changes, List.of());
        }
        try (MigrationSession session = MigrationSession.open(context.connections(), context.config(),
                context.listener(), context.clock())) {
            graph.stamp(session.heads(), options.targets(), options.purge());
            if (options.purge()) {
                DestructiveGuard.check(context, session.database(), "stamp --purge");
            }
            List<VersionChange> changes = session.locked(heads -> {
                List<VersionChange> c = graph.stamp(heads, options.targets(), options.purge());
                session.stamper().stamp(c, RevisionScripts.of(scripts));
                return c;
            });
            return new Result(changes, List.of());
        }
    }
}
