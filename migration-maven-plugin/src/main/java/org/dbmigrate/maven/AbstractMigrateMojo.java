package org.dbmigrate.maven;

import java.io.File;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Resource;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.dbmigrate.Migrator;
import org.dbmigrate.command.CommandResult;
import org.dbmigrate.config.ConfigKey;
import org.dbmigrate.config.MigrateConfig;
import org.dbmigrate.error.MigrationError;

/**
 * What every goal shares: the {@code migrate.*} settings, the skip switch, and the mapping of
 * failures to Maven's. A goal only turns its {@code -D} arguments into a command's options.
 *
 * <p>Settings are layered, highest first: {@code -Dmigrate.*} on the command line, the POM's
 * {@code <configuration>} (or {@code <properties>}), the settings.xml {@code <server>} named by
 * {@code migrate.serverId} (user and password only), the config file, the built-in default.
 */
public abstract class AbstractMigrateMojo extends AbstractMojo {

    /**
     * The INI config file ({@code [database]}, {@code [migrate]}). Without it (the default file
     * absent), the POM, {@code -D} properties and built-in defaults are all there is.
     *
     * @since 0.1.0
     */
    @Parameter(property = "migrate.configFile", defaultValue = "${project.basedir}/migrate.conf")
    private File configFile;

    /**
     * JDBC URL of the target database. A relative embedded H2 path ({@code jdbc:h2:file:./target/db})
     * resolves against the project's folder, as every path in a POM does.
     *
     * @since 0.1.0
     */
    @Parameter(property = "migrate.url")
    private String url;

    /**
     * Database user.
     *
     * @since 0.1.0
     */
    @Parameter(property = "migrate.user")
    private String user;

    /**
     * Database password; prefer {@code migrate.serverId}. Never logged.
     *
     * @since 0.1.0
     */
    @Parameter(property = "migrate.password")
    private String password;

    /**
     * Id of a settings.xml {@code <server>} whose username and password (encrypted or not) connect
     * to the database.
     *
     * @since 0.1.0
     */
    @Parameter(property = "migrate.serverId")
    private String serverId;

    /**
     * The migrations folder (holds {@code versions/}, {@code script.sql.vm}, {@code populate/}):
     * a folder, {@code filesystem:<folder>}, or {@code classpath:<path>}, which in Maven is
     * {@code <path>} in the project's resource folder ({@code src/main/resources}).
     *
     * @since 0.1.0
     */
    @Parameter(property = "migrate.scriptLocation")
    private String scriptLocation;

    /**
     * Comma-separated folders holding revision files; the first one receives new revisions.
     *
     * @since 0.1.0
     */
    @Parameter(property = "migrate.versionLocations")
    private String versionLocations;

    /**
     * Name of the version table ({@code migrate_version}).
     *
     * @since 0.1.0
     */
    @Parameter(property = "migrate.versionTable")
    private String versionTable;

    /**
     * Name of the history table ({@code migrate_history}).
     *
     * @since 0.1.0
     */
    @Parameter(property = "migrate.historyTable")
    private String historyTable;

    /**
     * How new revisions are numbered: {@code sequential} (001, 002...) or {@code hex}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "migrate.revisionId")
    private String revisionId;

    /**
     * {@code false} refuses downgrade and leaves the downgrade section out of new revisions.
     *
     * @since 0.1.0
     */
    @Parameter(property = "migrate.downgrade")
    private String downgrade;

    /**
     * {@code true}: commit after each revision; {@code false}: one transaction for the run.
     *
     * @since 0.1.0
     */
    @Parameter(property = "migrate.transactionPerMigration")
    private String transactionPerMigration;

    /**
     * Keep {@code versions/HEAD} up to date.
     *
     * @since 0.1.0
     */
    @Parameter(property = "migrate.headFile")
    private String headFile;

    /**
     * Seconds a mutating goal waits for the database lock.
     *
     * @since 0.1.0
     */
    @Parameter(property = "migrate.lockTimeout")
    private String lockTimeout;

    /**
     * Seconds to wait for the database server to accept a connection and its login (default 30).
     *
     * @since 0.1.0
     */
    @Parameter(property = "migrate.connectTimeout")
    private String connectTimeout;

    /**
     * Seconds to wait for any answer on an open connection (default 0: no limit).
     *
     * @since 0.1.0
     */
    @Parameter(property = "migrate.socketTimeout")
    private String socketTimeout;

    /**
     * Seconds one statement of a revision may run (default 0: no limit).
     *
     * @since 0.1.0
     */
    @Parameter(property = "migrate.statementTimeout")
    private String statementTimeout;

    /**
     * Seconds a Java revision's code may run (default 0: no limit).
     *
     * @since 0.1.0
     */
    @Parameter(property = "migrate.revisionTimeout")
    private String revisionTimeout;

    /**
     * Character set of revision files (default UTF-8).
     *
     * @since 0.1.0
     */
    @Parameter(property = "migrate.encoding")
    private String encoding;

    /**
     * The schema (MySQL/MariaDB: database) for the version and history tables and revisions.
     *
     * @since 0.2.0
     */
    @Parameter(property = "migrate.defaultSchema")
    private String defaultSchema;

    /**
     * Create {@code defaultSchema} when it is missing.
     *
     * @since 0.2.0
     */
    @Parameter(property = "migrate.createSchemas")
    private String createSchemas;

    /**
     * Comma-separated schemas {@code clean} empties.
     *
     * @since 0.2.0
     */
    @Parameter(property = "migrate.schemas")
    private String schemas;

    /**
     * Allow the {@code clean} goal (off by default).
     *
     * @since 0.2.0
     */
    @Parameter(property = "migrate.cleanEnabled")
    private String cleanEnabled;

    /**
     * Refuse destructive goals outright.
     *
     * @since 0.2.0
     */
    @Parameter(property = "migrate.protect")
    private String protect;

    /**
     * Further connection attempts when the first fails.
     *
     * @since 0.2.0
     */
    @Parameter(property = "migrate.connectRetries")
    private String connectRetries;

    /**
     * Longest wait between connection attempts, in seconds.
     *
     * @since 0.2.0
     */
    @Parameter(property = "migrate.connectRetriesInterval")
    private String connectRetriesInterval;

    /**
     * SQL run on each new connection.
     *
     * @since 0.2.0
     */
    @Parameter(property = "migrate.initSql")
    private String initSql;

    /**
     * {@code false} leaves {@code ${name}} in SQL as written.
     *
     * @since 0.2.0
     */
    @Parameter(property = "migrate.placeholderReplacement")
    private String placeholderReplacement;

    /**
     * Values for {@code ${name}} in SQL revisions, populate scripts and callbacks; a
     * {@code -Dmigrate.placeholders.<name>=} on the command line wins.
     *
     * @since 0.2.0
     */
    @Parameter
    private Map<String, String> placeholders;

    /**
     * Skip the goal, e.g. in a profile or on a CI job that must not touch the database.
     *
     * @since 0.1.0
     */
    /**
     * {@code advisory} (default) or {@code table}: how deployers exclude each other.
     *
     * @since 0.1.0
     */
    @Parameter(property = "migrate.lock")
    private String lock;

    /**
     * Comma-separated files of JDBC URLs, one a line: the goal runs on each database of the fleet.
     *
     * @since 0.1.0
     */
    @Parameter(property = "migrate.targets")
    private String targets;

    /**
     * How many fleet targets run at the same time.
     *
     * @since 0.1.0
     */
    @Parameter(property = "migrate.parallel")
    private String parallel;

    /**
     * After a fleet target fails, start no new ones.
     *
     * @since 0.1.0
     */
    @Parameter(property = "migrate.failFast")
    private String failFast;

    /**
     * Confirms a destructive goal ({@code clean}, {@code stamp -Dpurge}, {@code downgrade} to base or of
     * several revisions) on a database that is not local, without a question.
     *
     * @since 0.2.0
     */
    @Parameter(property = "yes", defaultValue = "false")
    private boolean yes;

    @Parameter(property = "migrate.skip", defaultValue = "false")
    private boolean skip;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

    @Parameter(defaultValue = "${settings}", readonly = true, required = true)
    private Settings settings;

    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    private File basedir;

    /** The project's resource folders: {@code classpath:} locations are read and written in the first. */
    @Parameter(defaultValue = "${project.resources}", readonly = true)
    private List<Resource> resources;

    @Component
    private SettingsDecrypter decrypter;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (Boolean.parseBoolean(flagOr("migrate.skip", Boolean.toString(skip)))) {
            getLog().info("dbmigrate skipped (migrate.skip)");
            return;
        }
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        ClassLoader plugin = getClass().getClassLoader();
        // DriverManager finds drivers through the context class loader; ours holds the plugin's
        // dependencies, drivers the user added included.
        thread.setContextClassLoader(plugin);
        try {
            JdbcDrivers.registerFrom(plugin);
            Migrator migrator = Migrator.create(config()).withListener(new LogListener(getLog(), yes));
            CommandResult result = run(migrator);
            result.lines().forEach(getLog()::info);
            verify(result);
        } catch (MigrationError e) {
            throw failure(e);
        } catch (MojoFailureException | MojoExecutionException e) {
            throw e;
        } catch (Exception e) {
            throw new MojoExecutionException(e.getMessage() != null ? e.getMessage() : e.toString(), e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /**
     * The error in Maven's words. Not its cause: Maven would append the cause's message, which
     * spells flags db-manage's way; {@code mvn -e} shows it as suppressed instead.
     */
    private static MojoFailureException failure(MigrationError e) {
        MojoFailureException failure = new MojoFailureException(e.message(MavenFlags.VOCABULARY));
        failure.addSuppressed(e);
        return failure;
    }

    /** Runs the goal's command; lines of the result are logged by the caller. */
    protected abstract CommandResult run(Migrator migrator) throws Exception;

    /** After the result is logged: a goal may fail the build on what it found (a MigrationError). */
    protected void verify(CommandResult result) {
    }

    /** A {@code -D} on the command line beats the POM, which Maven's own injection does not do. */
    private String flagOr(String key, String pomValue) {
        return session.getUserProperties().getProperty(key, pomValue);
    }

    private MigrateConfig config() {
        Map<ConfigKey, String> pom = new EnumMap<>(ConfigKey.class);
        pom.put(ConfigKey.URL, url);
        pom.put(ConfigKey.USER, user);
        pom.put(ConfigKey.PASSWORD, password);
        pom.put(ConfigKey.SCRIPT_LOCATION, scriptLocation);
        pom.put(ConfigKey.VERSION_LOCATIONS, versionLocations);
        pom.put(ConfigKey.VERSION_TABLE, versionTable);
        pom.put(ConfigKey.HISTORY_TABLE, historyTable);
        pom.put(ConfigKey.REVISION_ID, revisionId);
        pom.put(ConfigKey.DOWNGRADE, downgrade);
        pom.put(ConfigKey.TRANSACTION_PER_MIGRATION, transactionPerMigration);
        pom.put(ConfigKey.HEAD_FILE, headFile);
        pom.put(ConfigKey.LOCK_TIMEOUT, lockTimeout);
        pom.put(ConfigKey.LOCK, lock);
        pom.put(ConfigKey.TARGETS, targets);
        pom.put(ConfigKey.PARALLEL, parallel);
        pom.put(ConfigKey.FAIL_FAST, failFast);
        pom.put(ConfigKey.CONNECT_TIMEOUT, connectTimeout);
        pom.put(ConfigKey.SOCKET_TIMEOUT, socketTimeout);
        pom.put(ConfigKey.STATEMENT_TIMEOUT, statementTimeout);
        pom.put(ConfigKey.REVISION_TIMEOUT, revisionTimeout);
        pom.put(ConfigKey.ENCODING, encoding);
        pom.put(ConfigKey.DEFAULT_SCHEMA, defaultSchema);
        pom.put(ConfigKey.CREATE_SCHEMAS, createSchemas);
        pom.put(ConfigKey.SCHEMAS, schemas);
        pom.put(ConfigKey.CLEAN_ENABLED, cleanEnabled);
        pom.put(ConfigKey.PROTECT, protect);
        pom.put(ConfigKey.CONNECT_RETRIES, connectRetries);
        pom.put(ConfigKey.CONNECT_RETRIES_INTERVAL, connectRetriesInterval);
        pom.put(ConfigKey.INIT_SQL, initSql);
        pom.put(ConfigKey.PLACEHOLDER_REPLACEMENT, placeholderReplacement);
        Map<ConfigKey, String> server = ServerCredentials.lookup(settings, decrypter, flagOr("migrate.serverId", serverId));
        Path file = basedir.toPath().resolve(flagOr("migrate.configFile", configFile.getPath()));
        MigrateConfig config = new MojoSettings(basedir.toPath(), file, session.getUserProperties(), pom, server)
                .withPomPlaceholders(placeholders).load(getLog()::warn);
        return ResourceFolderLocations.map(config, resourceFolder());
    }

    private Path resourceFolder() {
        if (resources == null || resources.isEmpty()) {
            return basedir.toPath().resolve("src/main/resources");
        }
        return basedir.toPath().resolve(resources.get(0).getDirectory());
    }
}
