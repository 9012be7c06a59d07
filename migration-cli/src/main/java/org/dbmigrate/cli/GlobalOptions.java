package org.dbmigrate.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The connection and config options every subcommand takes. They are inherited: a user may write
 * them before the subcommand ({@code db-manage --config-file app.conf upgrade head}, as OpenStack's
 * {@code *-db-manage}) or after it, and they all land in this one object on the top command.
 */
public final class GlobalOptions {

    @Option(names = "--config-file", paramLabel = "FILE", scope = ScopeType.INHERIT,
            description = "INI config file; repeat for several, later files win (default: see below).")
    List<Path> configFiles = new ArrayList<>();

    @Option(names = "--app-classpath", paramLabel = "PATH", split = "${sys:path.separator}", splitSynopsisLabel = ":",
            scope = ScopeType.INHERIT,
            description = "The application's jars and folders, read by classpath: locations (a Spring Boot jar's "
                    + "BOOT-INF/classes included).")
    List<Path> appClasspath = new ArrayList<>();

    @Option(names = "--database-connection", paramLabel = "URL", scope = ScopeType.INHERIT,
            description = "JDBC URL; overrides [database] url.")
    String databaseConnection;

    @Option(names = "-x", paramLabel = "KEY=VALUE", scope = ScopeType.INHERIT,
            description = "Argument for revision templates ($x.KEY); repeatable.")
    Map<String, String> templateArgs = new LinkedHashMap<>();

    @Option(names = {"-q", "--quiet"}, scope = ScopeType.INHERIT,
            description = "Print results only: no progress, logs or warnings on standard error.")
    boolean quiet;

    @Option(names = {"-v", "--verbose"}, scope = ScopeType.INHERIT,
            description = "More detail: full revision entries for current, history, heads and branches; "
                    + "where the settings came from.")
    boolean verbose;

    @Option(names = "--placeholder", paramLabel = "NAME=VALUE", scope = ScopeType.INHERIT,
            description = "Value for ${NAME} in SQL revisions, populate scripts and callbacks; repeatable.")
    Map<String, String> placeholders = new LinkedHashMap<>();

    @Option(names = "--yes", scope = ScopeType.INHERIT,
            description = "Confirm a destructive command (clean, stamp --purge, downgrade base or of several "
                    + "revisions) on a database that is not local, without a question.")
    boolean yes;

    @Option(names = "--debug", scope = ScopeType.INHERIT,
            description = "Show stack traces, also for errors that are the user's to fix.")
    boolean debug;

    public List<Path> configFiles() {
        return List.copyOf(configFiles);
    }

    public List<Path> appClasspath() {
        return List.copyOf(appClasspath);
    }

    public String databaseConnection() {
        return databaseConnection;
    }

    public Map<String, String> templateArgs() {
        return Map.copyOf(templateArgs);
    }

    public Map<String, String> placeholders() {
        return Map.copyOf(placeholders);
    }

    public boolean yes() {
        return yes;
    }

    public boolean quiet() {
        return quiet;
    }

    public boolean verbose() {
        return verbose;
    }

    public boolean debug() {
        return debug;
    }
}
