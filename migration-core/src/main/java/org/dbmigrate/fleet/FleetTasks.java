package org.dbmigrate.fleet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dbmigrate.command.CheckCommand;
import org.dbmigrate.command.CheckMigrationCommand;
import org.dbmigrate.command.CurrentCommand;
import org.dbmigrate.command.DowngradeCommand;
import org.dbmigrate.command.StampCommand;
import org.dbmigrate.command.StatusCommand;
import org.dbmigrate.command.UpgradeCommand;
import org.dbmigrate.config.MigrateConfig;
import org.dbmigrate.internal.command.CommandContext;
import org.dbmigrate.internal.dialect.Dialects;

/**
 * The built-in commands as fleet tasks: each runs the ordinary command on one target and reports
 * the target's version rows afterwards. Offline ({@code --sql}) tasks write one script per target
 * into a shared output, so they must run with parallel 1 (see {@link #offline}).
 */
public final class FleetTasks {

    /** The {@code status} state of a target at every head with no missing or changed file. */
    public static final String UP_TO_DATE = state(StatusCommand.State.UP_TO_DATE);

    private FleetTasks() {
    }

    public static TargetTask upgrade(UpgradeCommand.Options options) {
        return (target, context) -> {
            UpgradeCommand.Result result = new UpgradeCommand(context).run(options);
            return new TargetTask.Report(sorted(result.plan().toHeads()), result.lines());
        };
    }

    public static TargetTask downgrade(DowngradeCommand.Options options) {
        return (target, context) -> {
            DowngradeCommand.Result result = new DowngradeCommand(context).run(options);
            return new TargetTask.Report(sorted(result.plan().toHeads()), result.lines());
        };
    }

    public static TargetTask stamp(StampCommand.Options options) {
        return (target, context) -> {
            StampCommand.Result result = new StampCommand(context).run(options);
            return new TargetTask.Report(heads(context), result.lines());
        };
    }

    public static TargetTask current(CurrentCommand.Options options) {
        return (target, context) -> {
            CurrentCommand.Result result = new CurrentCommand(context).run(options);
            return new TargetTask.Report(result.heads().stream().sorted().toList(), result.lines());
        };
    }

    /**
     * {@code status}: reads only; the report's state is {@code up_to_date}, {@code pending} or
     * {@code problem} (missing or changed files), as {@link StatusCommand.State}.
     */
    public static TargetTask status() {
        return (target, context) -> {
            StatusCommand.Result result = new StatusCommand(context).run(new StatusCommand.Options());
            return new TargetTask.Report(result.current(), result.lines(), state(result.state()));
        };
    }

    /** The state's name in fleet reports and JSON: {@code up_to_date}, {@code pending}, {@code problem}. */
    public static String state(StatusCommand.State state) {
        return state.name().toLowerCase(Locale.ROOT);
    }

    public static TargetTask checkMigration() {
        return (target, context) -> {
            CheckMigrationCommand.Result result = new CheckMigrationCommand(context).run(
                    new CheckMigrationCommand.Options());
            return new TargetTask.Report(heads(context), result.lines());
        };
    }

    /** {@code check}: a target whose schema differs from the model fails with the count of differences. */
    public static TargetTask check() {
        return (target, context) -> {
            CheckCommand.Result result = new CheckCommand(context).run(new CheckCommand.Options());
            return new TargetTask.Report(heads(context), result.lines());
        };
    }

    /**
     * An offline script per target, one after the other into {@code out}: a {@code -- Target:} line,
     * the switch to the target's schema or database when discovery found one, then what
     * {@code script} writes (an {@code upgrade --sql}, say). Run it with parallel 1.
     */
    public static TargetTask offline(Appendable out, OfflineScript script) {
        return (target, context) -> {
            try {
                out.append("-- Target: ").append(target.name()).append('\n');
                String use = use(target);
                if (use != null) {
                    out.append(use).append('\n');
                }
                script.write(context, out);
                out.append('\n');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new TargetTask.Report(List.of(), List.of());
        };
    }

    /** Writes one target's offline script to {@code out}. */
    @FunctionalInterface
    public interface OfflineScript {
        void write(CommandContext context, Appendable out);
    }

    /** The statement that makes the target's schema or database the current one, or null. */
    static String use(FleetTarget target) {
        MigrateConfig config = target.config();
        String dialect = Dialects.forUrl(config.url()).name();
        boolean postgres = dialect.equals("PostgreSQL");
        if (target.schema() != null) {
            return postgres ? "SET search_path TO " + target.schema() + ";" : "SET SCHEMA " + target.schema() + ";";
        }
        if (target.database() == null) {
            return null;
        }
        // PostgreSQL has no USE: psql's \connect switches the script to the other database.
        return postgres ? "\\connect " + target.database() : "USE " + target.database() + ";";
    }

    private static List<String> heads(CommandContext context) {
        return new CurrentCommand(context).run(new CurrentCommand.Options(false)).heads().stream().sorted().toList();
    }

    private static List<String> sorted(Set<String> heads) {
        return heads.stream().sorted().toList();
    }
}
