package org.dbmigrate.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.dbmigrate.config.JdbcUrls;
import org.dbmigrate.error.FlagVocabulary;
import org.dbmigrate.error.MigrationError;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;
import picocli.CommandLine;

/**
 * {@code db-manage}, the stand-alone command line, and the API for branded launchers that ship the
 * same program under their own name, default config file and extra subcommands:
 *
 * <pre>{@code
 * public static void main(String[] args) {
 *     DbManage.builder()
 *             .name("sahara-db-manage")
 *             .defaultConfigFile(Path.of("/etc/sahara/sahara.conf"))
 *             .addSubcommand(new PurgeJobs())      // a DbManageSubcommand with @Command(name = ...)
 *             .build()
 *             .run(args);
 * }
 * }</pre>
 *
 * Exit codes are those of {@link ExitCode}.
 */
public final class DbManage {

    private final Settings settings;
    private final List<Object> extraSubcommands;
    private final PrintWriter out;
    private final PrintWriter err;

    private DbManage(Builder builder) {
        this.settings = new Settings(builder.name, builder.description, builder.version, builder.defaultConfigFiles,
                builder.workingDir, builder.environment, builder.systemProperties, builder.terminal);
        this.extraSubcommands = List.copyOf(builder.extraSubcommands);
        this.out = builder.out;
        this.err = builder.err;
    }

    public static void main(String[] args) {
        builder().build().run(args);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Runs the command line and exits the JVM with its exit code. */
    public void run(String... args) {
        System.exit(execute(args));
    }

    /** Runs the command line and returns its exit code (see {@link ExitCode}); for tests and embedding. */
    public int execute(String... args) {
        DbManageCommand root = new DbManageCommand(settings, out, err);
        ClassLoader contextLoader = Thread.currentThread().getContextClassLoader();
        try {
            DbManageSubcommand simple = extraSubcommands.isEmpty()
                    ? SimpleInvocation.of(args, root, settings.systemProperties()) : null;
            if (simple == null) {
                return commandLine(root, args).execute(args);
            }
            try {
                return simple.call();
            } catch (Exception failure) {
                return handleFailure(failure, root);
            }
        } finally {
            Thread.currentThread().setContextClassLoader(contextLoader); // --app-classpath changed it
            if (root.options != null) {
                root.reporter().finish();
            }
            out.flush();
            err.flush();
        }
    }

    private CommandLine commandLine(DbManageCommand root, String[] args) {
        CommandLine commandLine = new CommandLine(root);
        commandLine.setCommandName(settings.name());
        // Picocli reflects over every registered command at start-up; a run needs only its own.
        for (Object subcommand : InvokedSubcommand.needed(Subcommands.builtIn(), args)) {
            commandLine.addSubcommand(subcommand);
        }
        for (Object subcommand : extraSubcommands) {
            commandLine.addSubcommand(subcommand);
        }
        // "downgrade -1" is a relative target, not an option.
        CommandLine downgrade = commandLine.getSubcommands().get("downgrade");
        if (downgrade != null) {
            downgrade.setUnmatchedOptionsArePositionalParams(true);
        }
        commandLine.getCommandSpec().usageMessage()
                .description(settings.description())
                .footer("", "Without --config-file, reads (if it exists): " + settings.resolvedDefaultConfigFiles()
                                .stream().map(Path::toString).collect(Collectors.joining(", ")),
                        "Settings, highest first: flags, -Dmigrate.* (JAVA_OPTS), config files, defaults.",
                        "Exit codes: 0 done, 1 failed (FAILED: line on stderr), 2 wrong usage, 3 bug;",
                        "status: 4 revisions pending, 5 missing or changed revision files.");
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler(this::handleFailure);
        commandLine.setParameterExceptionHandler(DbManage::handleUsageError);
        return commandLine;
    }

    /** A user's mistake is one FAILED line; a database failure too; anything else is a bug. */
    private int handleFailure(Exception failure, CommandLine commandLine, ParseResult parseResult) {
        return handleFailure(failure, (DbManageCommand) commandLine.getCommandSpec().root().userObject());
    }

    private int handleFailure(Exception failure, DbManageCommand root) {
        root.reporter().finish();
        boolean debug = root.options().debug();
        PrintWriter stderr = root.err();
        String secret = root.openedSession() == null ? "" : root.openedSession().config().password().reveal();
        SQLException sqlFailure = sqlCause(failure);
        if (failure instanceof MigrationError || sqlFailure != null) {
            String message = failure instanceof MigrationError error
                    ? error.message(FlagVocabulary.DB_MANAGE)
                    : "database error: " + sqlFailure.getMessage();
            stderr.println("FAILED: " + hide(oneLine(message), secret));
            if (debug) {
                stderr.print(hide(stackTrace(failure), secret));
            }
            stderr.flush();
            return ExitCode.FAILED;
        }
        stderr.println(settings.name() + ": unexpected error, a bug in dbmigrate " + DbManageCommand.engineVersion()
                + "; please report it with this trace:");
        stderr.print(hide(stackTrace(failure), secret));
        stderr.flush();
        return ExitCode.BUG;
    }

    private static int handleUsageError(ParameterException failure, String[] args) {
        CommandLine commandLine = failure.getCommandLine();
        PrintWriter stderr = commandLine.getErr();
        stderr.println(commandLine.getCommandSpec().qualifiedName() + ": " + failure.getMessage());
        UnmatchedArgumentException.printSuggestions(failure, stderr);
        stderr.println("Try '" + commandLine.getCommandSpec().qualifiedName() + " --help' for more information.");
        stderr.flush();
        return ExitCode.USAGE;
    }

    private static SQLException sqlCause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return sql;
            }
        }
        return null;
    }

    private static String stackTrace(Throwable failure) {
        StringWriter trace = new StringWriter();
        failure.printStackTrace(new PrintWriter(trace));
        return trace.toString();
    }

    private static String oneLine(String message) {
        return message == null ? "(no message)" : message.strip().replaceAll("\\s*\\R\\s*", "; ");
    }

    /** Belt and braces: no message may show the password, even one a driver put in. */
    private static String hide(String message, String secret) {
        String redacted = JdbcUrls.redact(message);
        return secret.length() < 3 ? redacted : redacted.replace(secret, "****");
    }

    /** Configures a launcher; every setting has a default suited to {@code db-manage} itself. */
    public static final class Builder {
        private String name = "db-manage";
        private String description = "Revision-graph database migrations (dbmigrate).";
        private String version;
        private List<Path> defaultConfigFiles = List.of(Path.of("migrate.conf"));
        private final List<Object> extraSubcommands = new ArrayList<>();
        private Path workingDir = Path.of("");
        private Map<String, String> environment = System.getenv();
        private Map<String, String> systemProperties = systemProperties();
        private boolean terminal = System.console() != null;
        private PrintWriter out = new PrintWriter(System.out, true);
        private PrintWriter err = new PrintWriter(System.err, true);

        private Builder() {
        }

        /** The program name shown in usage and messages, e.g. {@code sahara-db-manage}. */
        public Builder name(String name) {
            this.name = Objects.requireNonNull(name, "name");
            return this;
        }

        /** The first line of {@code --help}. */
        public Builder description(String description) {
            this.description = Objects.requireNonNull(description, "description");
            return this;
        }

        /** The launcher's own version for {@code --version}; the engine's version is added to it. */
        public Builder version(String version) {
            this.version = version;
            return this;
        }

        /**
         * The config file read when no {@code --config-file} is given, if it exists (default
         * {@code migrate.conf} in the working directory). Replaces earlier defaults.
         */
        public Builder defaultConfigFile(Path file) {
            return defaultConfigFiles(List.of(file));
        }

        /** Several default config files, later ones winning, as with several {@code --config-file}. */
        public Builder defaultConfigFiles(List<Path> files) {
            this.defaultConfigFiles = List.copyOf(files);
            return this;
        }

        /**
         * An extra subcommand: a picocli {@code @Command} object, usually a {@link DbManageSubcommand}
         * so it can reach the configuration, the Migrator and the output.
         */
        public Builder addSubcommand(Object subcommand) {
            extraSubcommands.add(Objects.requireNonNull(subcommand, "subcommand"));
            return this;
        }

        /** Where relative paths on the command line resolve, and where {@code migrate.conf} is looked for. */
        public Builder workingDir(Path workingDir) {
            this.workingDir = Objects.requireNonNull(workingDir, "workingDir");
            return this;
        }

        /** What {@code ${VAR}} in config files reads (default: the process environment). */
        public Builder environment(Map<String, String> environment) {
            this.environment = Map.copyOf(environment);
            return this;
        }

        /** The {@code -Dmigrate.*} properties (default: the JVM's system properties). */
        public Builder systemProperties(Map<String, String> systemProperties) {
            this.systemProperties = Map.copyOf(systemProperties);
            return this;
        }

        /** True draws progress as one line rewritten in place; false prints a line per step. */
        public Builder terminal(boolean terminal) {
            this.terminal = terminal;
            return this;
        }

        public Builder out(PrintWriter out) {
            this.out = Objects.requireNonNull(out, "out");
            return this;
        }

        public Builder err(PrintWriter err) {
            this.err = Objects.requireNonNull(err, "err");
            return this;
        }

        public DbManage build() {
            return new DbManage(this);
        }

        private static Map<String, String> systemProperties() {
            Map<String, String> properties = new HashMap<>();
            System.getProperties().forEach((key, value) -> properties.put(key.toString(), value.toString()));
            return properties;
        }
    }
}
