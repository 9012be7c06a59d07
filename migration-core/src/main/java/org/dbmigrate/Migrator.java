package org.dbmigrate;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.sql.DataSource;
import org.dbmigrate.command.BranchesCommand;
import org.dbmigrate.command.CheckCommand;
import org.dbmigrate.command.CheckMigrationCommand;
import org.dbmigrate.command.CleanCommand;
import org.dbmigrate.command.CurrentCommand;
import org.dbmigrate.command.DowngradeCommand;
import org.dbmigrate.command.GraphCommand;
import org.dbmigrate.command.HeadsCommand;
import org.dbmigrate.command.HistoryCommand;
import org.dbmigrate.command.LogCommand;
import org.dbmigrate.command.MergeCommand;
import org.dbmigrate.command.PopulateCommand;
import org.dbmigrate.command.ResolveCommand;
import org.dbmigrate.command.RevisionCommand;
import org.dbmigrate.command.ShowCommand;
import org.dbmigrate.command.StampCommand;
import org.dbmigrate.command.StatusCommand;
import org.dbmigrate.command.UpgradeCommand;
import org.dbmigrate.config.MigrateConfig;
import org.dbmigrate.fleet.Fleet;
import org.dbmigrate.graph.Revisions;
import org.dbmigrate.internal.command.CommandContext;
import org.dbmigrate.internal.command.StateQuery;
import org.dbmigrate.internal.runtime.ConnectionSource;
import org.dbmigrate.runtime.CallbackEvent;
import org.dbmigrate.runtime.DatabaseState;
import org.dbmigrate.runtime.MigrationCallback;
import org.dbmigrate.runtime.MigrationListener;

/**
 * The one entry point for Java programs, the Maven plugin and the CLI: one method per command.
 * Applications start from {@link #configure()}:
 *
 * <pre>{@code
 * Migrator.configure().dataSource(dataSource).load().upgrade("head");
 * }</pre>
 */
public final class Migrator {

    private final CommandContext context;

    private Migrator(CommandContext context) {
        this.context = Objects.requireNonNull(context, "context");
    }

    /** Connections come from the configured URL, user and password. */
    public static Migrator create(MigrateConfig config) {
        return new Migrator(CommandContext.of(config));
    }

    /**
     * Connections come from the application's own DataSource; the config's URL is not used (which
     * database it is, the DataSource's database says).
     */
    public static Migrator create(MigrateConfig config, DataSource dataSource) {
        return new Migrator(new CommandContext(config, ConnectionSource.of(dataSource, config), null, null));
    }

    /** For dbmigrate's own modules and tests: {@link CommandContext} is internal and may change. */
    public static Migrator create(CommandContext context) {
        return new Migrator(context);
    }

    public Migrator withListener(MigrationListener listener) {
        return new Migrator(new CommandContext(context.config(), context.connections(), listener, context.clock(),
                context.loadedScripts(), context.callbacks()));
    }

    /**
     * Adds a Java callback, run at each callback event after the SQL ones of {@code callbacks/}
     * (see {@link CallbackEvent}).
     */
    public Migrator withCallback(MigrationCallback callback) {
        List<MigrationCallback> all = new ArrayList<>(context.callbacks());
        all.add(callback);
        return new Migrator(new CommandContext(context.config(), context.connections(), context.listener(),
                context.clock(), context.loadedScripts(), all));
    }

    /**
     * Adds folders and jars where {@code model = jpa:...} finds the entity classes (Maven: the
     * project's classpath; db-manage: {@code --classpath}).
     */
    public Migrator withModelClasspath(List<Path> classpath) {
        if (classpath == null || classpath.isEmpty()) {
            return this;
        }
        MigrateConfig config = context.config();
        List<Path> all = new ArrayList<>(config.autogenerate().modelClasspath());
        all.addAll(classpath);
        MigrateConfig with = config.toBuilder().autogenerate(config.autogenerate().withModelClasspath(all)).build();
        return new Migrator(new CommandContext(with, context.connections(), context.listener(), context.clock(),
                context.loadedScripts(), context.callbacks()));
    }

    /** For dbmigrate's own modules and tests: {@link CommandContext} is internal and may change. */
    public CommandContext context() {
        return context;
    }

    /** A new connection to the configured database (the caller closes it). */
    public Connection openConnection() throws SQLException {
        return context.connections().open();
    }

    /** The settings this migrator runs with. */
    public MigrateConfig config() {
        return context.config();
    }

    /** The revisions of the configured scripts as a graph, read from the scripts at each call. */
    public Revisions revisions() {
        return context.scripts().graph();
    }

    /**
     * The version rows and the newest {@code historyRows} history rows, read in one session without
     * the lock, creating and printing nothing: for health checks and endpoints.
     */
    public DatabaseState state(int historyRows) {
        return StateQuery.read(context, historyRows);
    }

    /** One revision at a time, and the schema between the steps: what a migration test walks with. */
    public Stepwise stepwise() {
        return new Stepwise(context);
    }

    /**
     * The same migrator comparing with another model ({@code [autogenerate] model}, e.g.
     * {@code jpa:com.example.Order,com.example.Line}).
     */
    public Migrator withModel(String model) {
        MigrateConfig config = context.config();
        MigrateConfig with = config.toBuilder().autogenerate(config.autogenerate().withModel(model)).build();
        return new Migrator(new CommandContext(with, context.connections(), context.listener(), context.clock(),
                context.loadedScripts(), context.callbacks()));
    }

    /** The read-only commands' results as JSON, as {@code --format json} prints them. */
    public JsonReports json() {
        return new JsonReports(context);
    }

    /** Upgrades to {@code target} ({@code head} when null), as an application does at start-up. */
    public UpgradeCommand.Result upgrade(String target) {
        return upgrade(UpgradeCommand.Options.to(target));
    }

    public UpgradeCommand.Result upgrade(UpgradeCommand.Options options) {
        return options.sql() ? new UpgradeCommand(context).run(options)
                : context.connectingAhead(c -> new UpgradeCommand(c).run(options));
    }

    public DowngradeCommand.Result downgrade(DowngradeCommand.Options options) {
        return options.sql() ? new DowngradeCommand(context).run(options)
                : context.connectingAhead(c -> new DowngradeCommand(c).run(options));
    }

    public CurrentCommand.Result current(CurrentCommand.Options options) {
        return context.connectingAhead(c -> new CurrentCommand(c).run(options));
    }

    public HistoryCommand.Result history(HistoryCommand.Options options) {
        return new HistoryCommand(context).run(options);
    }

    public HeadsCommand.Result heads(HeadsCommand.Options options) {
        return new HeadsCommand(context).run(options);
    }

    public BranchesCommand.Result branches(BranchesCommand.Options options) {
        return new BranchesCommand(context).run(options);
    }

    public ShowCommand.Result show(ShowCommand.Options options) {
        return new ShowCommand(context).run(options);
    }

    public StampCommand.Result stamp(StampCommand.Options options) {
        return options.sql() ? new StampCommand(context).run(options)
                : context.connectingAhead(c -> new StampCommand(c).run(options));
    }

    public RevisionCommand.Result revision(RevisionCommand.Options options) {
        return new RevisionCommand(context).run(options);
    }

    public MergeCommand.Result merge(MergeCommand.Options options) {
        return new MergeCommand(context).run(options);
    }

    public CheckMigrationCommand.Result checkMigration() {
        return new CheckMigrationCommand(context).run(new CheckMigrationCommand.Options());
    }

    /** {@code check}: fails with SchemaDiffersError when the model and the database differ. */
    public CheckCommand.Result check() {
        return new CheckCommand(context).run(new CheckCommand.Options());
    }

    /** {@code graph}: the revision graph drawn as DOT, Mermaid or SVG. */
    public GraphCommand.Result graph(GraphCommand.Options options) {
        return new GraphCommand(context).run(options);
    }

    public PopulateCommand.Result populate(PopulateCommand.Options options) {
        return new PopulateCommand(context).run(options);
    }

    /** {@code status}: current, pending in run order, missing and changed files; reads only. */
    public StatusCommand.Result status(StatusCommand.Options options) {
        return context.connectingAhead(c -> new StatusCommand(c).run(options));
    }

    /** {@code log}: the history rows, newest first; reads only. */
    public LogCommand.Result log(LogCommand.Options options) {
        return new LogCommand(context).run(options);
    }

    /**
     * The entry point for an application: settings by method, then {@link MigratorBuilder#load()}.
     * <pre>{@code
     * Migrator.configure().dataSource(dataSource).locations("classpath:db/migrations").load().upgrade("head");
     * }</pre>
     */
    public static MigratorBuilder configure() {
        return new MigratorBuilder();
    }

    /**
     * A fleet: the same commands on many databases, {@code parallel} at a time, parsed once.
     * <pre>{@code Migrator.fleet(config, tenantDataSources).parallel(4).upgrade("head").success()}</pre>
     */
    public static Fleet fleet(MigrateConfig config, List<DataSource> dataSources) {
        return Fleet.of(config, dataSources);
    }

    /** A fleet of named DataSources (a tenant's name to its pool), in the map's order. */
    public static Fleet fleet(MigrateConfig config, Map<String, DataSource> dataSources) {
        return Fleet.of(config, dataSources);
    }

    /** The fleet the config lists or discovers ({@code [targets]}, {@code migrate.targets}). */
    public static Fleet fleet(MigrateConfig config) {
        return Fleet.configured(config, System.getenv());
    }

    /** {@code resolve <rev> --applied|--not-applied}: settle a revision an interrupted run left unfinished. */
    public ResolveCommand.Result resolve(ResolveCommand.Options options) {
        return new ResolveCommand(context).run(options);
    }

    /** {@code clean}: drops every object in the configured schemas; refused unless clean_enabled. */
    public CleanCommand.Result clean() {
        return new CleanCommand(context).run(new CleanCommand.Options());
    }
}
