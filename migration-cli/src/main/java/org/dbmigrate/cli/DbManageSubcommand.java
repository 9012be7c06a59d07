package org.dbmigrate.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.Callable;
import org.dbmigrate.Migrator;
import org.dbmigrate.command.CommandResult;
import org.dbmigrate.config.MigrateConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The base of every subcommand, built in or added by a branded launcher: access to the merged
 * configuration, the {@link Migrator}, and the output streams. Results go to {@link #out()};
 * everything else to {@link #err()}. Throw a {@link org.dbmigrate.error.MigrationError} for a
 * user's mistake: it is printed as one {@code FAILED: } line and the exit code is 1.
 *
 * <pre>{@code
 * @Command(name = "purge-jobs", description = "Delete finished jobs.")
 * class PurgeJobs extends DbManageSubcommand {
 *     public Integer call() throws Exception {
 *         try (var c = connection()) { ... }
 *         out().println("purged");
 *         return ExitCode.OK;
 *     }
 * }
 * }</pre>
 */
public abstract class DbManageSubcommand implements Callable<Integer> {

    @Spec
    protected CommandSpec spec;

    /** Set when the run bypasses picocli ({@link SimpleInvocation}); {@link #spec} is then null. */
    private DbManageCommand directRoot;

    /** The settings after flags, {@code -D}, config files and defaults were merged. */
    protected final MigrateConfig config() {
        return root().session().config();
    }

    protected final Migrator migrator() {
        return root().session().migrator();
    }

    /** A new connection to the configured database; the caller closes it. */
    protected final Connection connection() throws SQLException {
        return migrator().openConnection();
    }

    protected final GlobalOptions globalOptions() {
        return root().options();
    }

    /** Standard output: results and offline SQL only. */
    protected final PrintWriter out() {
        return directRoot != null ? directRoot.out() : spec.commandLine().getOut();
    }

    /** Standard error: logs, warnings, progress. */
    protected final PrintWriter err() {
        return directRoot != null ? directRoot.err() : spec.commandLine().getErr();
    }

    /** Writes a line to standard error unless {@code --quiet}. */
    protected final void log(String line) {
        root().reporter().info(line);
    }

    /** Prints the result's lines on standard output and returns {@link ExitCode#OK}. */
    protected final int print(CommandResult result) {
        printLines(result.lines(), out());
        return ExitCode.OK;
    }

    /**
     * For {@code --sql} runs: standard output holds only the SQL, so the result's lines go to
     * standard error (and nowhere with {@code --quiet}).
     */
    protected final int printBesideSql(CommandResult result) {
        out().flush();
        result.lines().forEach(this::log);
        return ExitCode.OK;
    }

    /** {@code path} against the directory db-manage runs in. */
    protected final Path resolve(Path path) {
        return root().settings().workingDir().resolve(path).normalize();
    }

    private static void printLines(List<String> lines, PrintWriter out) {
        lines.forEach(out::println);
        out.flush();
    }

    void runWithout(DbManageCommand root) {
        this.directRoot = root;
    }

    /** The command's name: picocli's, or its {@code @Command}'s when the run bypassed picocli. */
    String commandName() {
        return spec != null ? spec.name() : getClass().getAnnotation(Command.class).name();
    }

    private DbManageCommand root() {
        return directRoot != null ? directRoot : (DbManageCommand) spec.root().userObject();
    }
}
