package org.dbmigrate.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The top command ({@code db-manage} or a branded name). It holds the inherited global options and
 * the session the subcommands share; run without a subcommand it is a usage error.
 */
@Command(mixinStandardHelpOptions = true, scope = ScopeType.INHERIT, versionProvider = DbManageCommand.Version.class,
        synopsisSubcommandLabel = "COMMAND")
final class DbManageCommand implements Callable<Integer> {

    @Mixin
    GlobalOptions options;

    @Spec
    CommandSpec spec;

    private final Settings settings;
    private final PrintWriter out;
    private final PrintWriter err;
    private StderrReporter reporter;
    private Session session;

    DbManageCommand(Settings settings, PrintWriter out, PrintWriter err) {
        this.settings = settings;
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "a command is required, e.g. '" + settings.name()
                + " upgrade head'");
    }

    Settings settings() {
        return settings;
    }

    GlobalOptions options() {
        return options;
    }

    StderrReporter reporter() {
        if (reporter == null) {
            reporter = new StderrReporter(err(), options.quiet(), settings.terminal(), options.yes());
        }
        return reporter;
    }

    /** Loads the configuration on first use; config errors surface as the command's failure. */
    Session session() {
        if (session == null) {
            session = Session.open(settings, options, reporter());
        }
        return session;
    }

    /** The session if one was opened, for error reporting that must hide its password. */
    Session openedSession() {
        return session;
    }

    /** The streams picocli is given too, so a run without picocli ({@link SimpleInvocation}) writes to the same. */
    PrintWriter out() {
        return out;
    }

    PrintWriter err() {
        return err;
    }

    /** {@code name version}, the version from the launcher or the jar manifest. */
    static final class Version implements IVersionProvider {
        @Spec
        CommandSpec spec;

        @Override
        public String[] getVersion() {
            DbManageCommand root = (DbManageCommand) spec.root().userObject();
            String engine = engineVersion();
            String own = root.settings.version();
            return new String[] {own == null
                    ? root.settings.name() + " " + engine
                    : root.settings.name() + " " + own + " (dbmigrate " + engine + ")"};
        }
    }

    static String engineVersion() {
        String version = DbManageCommand.class.getPackage().getImplementationVersion();
        return version == null ? "(development build)" : version;
    }
}
