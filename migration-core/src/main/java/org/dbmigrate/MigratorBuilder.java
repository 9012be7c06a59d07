package org.dbmigrate;

import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import javax.sql.DataSource;
import org.dbmigrate.config.ConfigKey;
import org.dbmigrate.config.ConfigLoader;
import org.dbmigrate.config.MigrateConfig;
import org.dbmigrate.runtime.MigrationListener;

/**
 * Settings for a {@link Migrator} in an application, from {@link Migrator#configure()}:
 * <pre>{@code
 * UpgradeCommand.Result result = Migrator.configure()
 *         .dataSource(dataSource)
 *         .locations("classpath:db/migrations")
 *         .load()
 *         .upgrade("head");
 * log.info(result.summary());
 * }</pre>
 * Each setting is checked as the same key in a config file is, when {@link #load()} runs; a wrong
 * value is a {@link org.dbmigrate.config.ConfigError} naming the method. Values from
 * {@link #configFile(Path)} are overridden by the calls made here, whatever their order.
 */
public final class MigratorBuilder {

    /** Where revisions are when neither {@link #locations} nor a config file says: the application's jar. */
    public static final String DEFAULT_LOCATION = "classpath:db/migrations";

    private static final String SOURCE = "Migrator.configure()";

    private final Map<ConfigKey, String> values = new EnumMap<>(ConfigKey.class);
    private final Map<ConfigKey, String> names = new EnumMap<>(ConfigKey.class);
    private Path configFile;
    private DataSource dataSource;
    private MigrationListener listener;

    MigratorBuilder() {
    }

    /** Connections come from the application's DataSource; url, user and password are then not used. */
    public MigratorBuilder dataSource(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        return this;
    }

    /** The JDBC URL, when there is no {@link #dataSource(DataSource)}. */
    public MigratorBuilder url(String url) {
        return set(ConfigKey.URL, url, "url(...)");
    }

    public MigratorBuilder user(String user) {
        return set(ConfigKey.USER, user, "user(...)");
    }

    /** Never printed nor logged. */
    public MigratorBuilder password(String password) {
        return set(ConfigKey.PASSWORD, password, "password(...)");
    }

    /**
     * Where the revisions are: each a folder, {@code filesystem:<folder>} or {@code classpath:<path>},
     * holding {@code versions/} (and optionally {@code populate/}). The first is the script location;
     * with several, revisions are read from every location's {@code versions/}. Default
     * {@value #DEFAULT_LOCATION} (without a config file). Relative folders are relative to the
     * working directory.
     */
    public MigratorBuilder locations(String... locations) {
        if (locations.length == 0) {
            throw new IllegalArgumentException("give at least one location, e.g. " + DEFAULT_LOCATION);
        }
        set(ConfigKey.SCRIPT_LOCATION, locations[0], "locations(...)");
        if (locations.length > 1) {
            StringBuilder versions = new StringBuilder();
            for (String location : locations) {
                versions.append(versions.length() == 0 ? "" : ",").append(location.strip()).append("/versions");
            }
            set(ConfigKey.VERSION_LOCATIONS, versions.toString(), "locations(...)");
        }
        return this;
    }

    /**
     * Reads a {@code migrate.conf} first (paths in it relative to its folder, {@code ${VAR}} from the
     * environment); the other methods override its values.
     */
    public MigratorBuilder configFile(Path configFile) {
        this.configFile = Objects.requireNonNull(configFile, "configFile");
        return this;
    }

    /** {@code migrate_version} by default. */
    public MigratorBuilder versionTable(String versionTable) {
        return set(ConfigKey.VERSION_TABLE, versionTable, "versionTable(...)");
    }

    /** {@code migrate_history} by default. */
    public MigratorBuilder historyTable(String historyTable) {
        return set(ConfigKey.HISTORY_TABLE, historyTable, "historyTable(...)");
    }

    /** How long upgrade, downgrade and stamp wait for the database lock (whole seconds, rounded up). */
    public MigratorBuilder lockTimeout(Duration lockTimeout) {
        long millis = lockTimeout.toMillis();
        return set(ConfigKey.LOCK_TIMEOUT, Long.toString(millis / 1000 + (millis % 1000 == 0 ? 0 : 1)),
                "lockTimeout(...)");
    }

    /** {@code true} (default): commit after each revision; {@code false}: one transaction for the run. */
    public MigratorBuilder transactionPerMigration(boolean transactionPerMigration) {
        return set(ConfigKey.TRANSACTION_PER_MIGRATION, Boolean.toString(transactionPerMigration),
                "transactionPerMigration(...)");
    }

    /** {@code false} refuses downgrade. */
    public MigratorBuilder downgradeEnabled(boolean downgradeEnabled) {
        return set(ConfigKey.DOWNGRADE, Boolean.toString(downgradeEnabled), "downgradeEnabled(...)");
    }

    /**
     * Where progress goes (one line per revision). Without one, progress goes to the SLF4J logger
     * {@code org.dbmigrate} when SLF4J is on the class path, else nowhere.
     */
    public MigratorBuilder listener(MigrationListener listener) {
        this.listener = Objects.requireNonNull(listener, "listener");
        return this;
    }

    /** Checks the settings and makes the {@link Migrator}; nothing connects yet. */
    public Migrator load() {
        MigrationListener progress = listener != null ? listener : Slf4jListener.ifAvailable();
        ConfigLoader loader = ConfigLoader.create(Path.of("")).onWarning(progress::warn);
        if (configFile != null) {
            loader.configFile(configFile);
        } else if (!values.containsKey(ConfigKey.SCRIPT_LOCATION)) {
            loader.flag(ConfigKey.SCRIPT_LOCATION, DEFAULT_LOCATION, "default location", SOURCE);
        }
        values.forEach((key, value) -> loader.flag(key, value, names.get(key), SOURCE));
        MigrateConfig config = loader.load();
        Migrator migrator = dataSource != null ? Migrator.create(config, dataSource) : Migrator.create(config);
        return migrator.withListener(progress);
    }

    private MigratorBuilder set(ConfigKey key, String value, String name) {
        values.put(key, Objects.requireNonNull(value, name));
        names.put(key, name);
        return this;
    }
}
