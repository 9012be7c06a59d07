package org.dbmigrate.command;

import java.util.List;
import java.util.Set;
import org.dbmigrate.error.MigrationError;
import org.dbmigrate.internal.command.CommandContext;
import org.dbmigrate.internal.runtime.MigrationSession;
import org.dbmigrate.internal.runtime.RevisionScripts;
import org.dbmigrate.internal.script.ScriptDirectory;
import org.dbmigrate.runtime.UnfinishedStep;

/**
 * {@code resolve <rev> --applied|--not-applied}: settle a revision that an interrupted run left
 * unfinished (SPEC section 6). The user has finished it by hand ({@code applied}: the version rows
 * move as the step would have moved them) or undone what took effect ({@code not applied}: the next
 * run starts the revision again from its first statement).
 */
public final class ResolveCommand {

    private final CommandContext context;

    public ResolveCommand(CommandContext context) {
        this.context = context;
    }

    /** @param revision the exact id of the unfinished revision; {@code applied} false means not applied */
    public record Options(String revision, boolean applied) {
    }

    public record Result(UnfinishedStep resolved, Set<String> heads, List<String> lines) implements CommandResult {
    }

    public Result run(Options options) {
        if (options.revision() == null || options.revision().isBlank()) {
            throw new MigrationError("resolve needs the id of the unfinished revision and --applied or --not-applied");
        }
        ScriptDirectory scripts = context.scripts();
        try (MigrationSession session = MigrationSession.open(context.connections(), context.config(),
                context.listener(), context.clock())) {
            UnfinishedStep step = session.locked(heads -> session.resolver()
                    .resolve(options.revision(), options.applied(), RevisionScripts.of(scripts)));
            Set<String> heads = session.heads();
            String now = heads.isEmpty() ? "no version (base)" : String.join(", ", heads.stream().sorted().toList());
            String line = options.applied()
                    ? "Resolved " + step.direction() + " of " + step.revision() + " as applied; the version table now"
                            + " holds " + now
                    : "Resolved " + step.direction() + " of " + step.revision() + " as not applied; the version table"
                            + " stays at " + now + ", and the next run starts the revision from its first statement";
            return new Result(step, heads, List.of(line));
        }
    }
}
