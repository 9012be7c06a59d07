package org.dbmigrate.config;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dbmigrate.internal.config.ValueType;

/**
 * Every setting, once: its {@code -D}/Maven property, its config-file section and key, its default.
 * The config file, {@code -D} properties, the POM and the CLI all name settings through this table.
 *
 * <p>Relative paths resolve against the folder of the file that holds them; a JDBC URL goes to the
 * driver exactly as written (so a relative H2 file URL is relative to the working directory).
 *
 * @since 0.1.0
 */
public enum ConfigKey {

    /**
     * JDBC URL of the target database, handed to the driver as written.
     *
     * @since 0.1.0
     */
    URL("migrate.url", "database", "url", ValueType.TEXT, "jdbc:h2:file:./target/migrate/app"),

    /**
     * Database user; empty means none.
     *
     * @since 0.1.0
     */
    USER("migrate.user", "database", "user", ValueType.TEXT, ""),

    /**
     * Database password; never printed. Write {@code ${DB_PASSWORD}} to read it from the environment.
     *
     * @since 0.1.0
     */
    PASSWORD("migrate.password", "database", "password", ValueType.SECRET, ""),

    /**
     * Seconds to wait for the database server to accept a connection and answer its login; 0 means
     * no limit.
     *
     * @since 0.1.0
     */
    CONNECT_TIMEOUT("migrate.connectTimeout", "database", "connect_timeout", ValueType.SECONDS, "30"),

    /**
     * Seconds to wait for any answer of the server on an open connection; 0 (the default) means no
     * limit. Set it above the longest statement a revision runs.
     *
     * @since 0.1.0
     */
    SOCKET_TIMEOUT("migrate.socketTimeout", "database", "socket_timeout", ValueType.SECONDS, "0"),

    /**
     * The migrations folder, holding {@code versions/}, {@code script.sql.vm} and {@code populate/}: a
     * folder, {@code filesystem:<folder>} or {@code classpath:<path>} (read from jars too).
     *
     * @since 0.1.0
     */
    SCRIPT_LOCATION("migrate.scriptLocation", "migrate", "script_location", ValueType.LOCATION, "migrations"),

    /**
     * Comma-separated folders that hold revision files ({@code filesystem:} and {@code classpath:}
     * allowed); the first receives new revisions. Empty means {@code <script_location>/versions}.
     *
     * @since 0.1.0
     */
    VERSION_LOCATIONS("migrate.versionLocations", "migrate", "version_locations", ValueType.LOCATION_LIST,
            ""),

    /**
     * The table with one row per current head.
     *
     * @since 0.1.0
     */
    VERSION_TABLE("migrate.versionTable", "migrate", "version_table", ValueType.TABLE_NAME, "migrate_version"),

    /**
     * The table with one row per applied step.
     *
     * @since 0.1.0
     */
    HISTORY_TABLE("migrate.historyTable", "migrate", "history_table", ValueType.TABLE_NAME, "migrate_history"),

    /**
     * How {@code revision} names a new revision: {@code sequential} (001, 002...) or {@code hex}
     * (12 hex characters).
     *
     * @since 0.1.0
     */
    REVISION_ID("migrate.revisionId", "migrate", "revision_id", ValueType.REVISION_ID_STYLE, "sequential"),

    /**
     * {@code false} refuses {@code downgrade} and leaves the downgrade section out of new revisions.
     *
     * @since 0.1.0
     */
    DOWNGRADE("migrate.downgrade", "migrate", "downgrade", ValueType.BOOLEAN, "true"),

    /**
     * {@code true}: each revision commits on its own; {@code false}: one transaction for the run.
     *
     * @since 0.1.0
     */
    TRANSACTION_PER_MIGRATION("migrate.transactionPerMigration", "migrate", "transaction_per_migration",
            ValueType.BOOLEAN, "true"),

    /**
     * Keep {@code versions/HEAD} naming the current head.
     *
     * @since 0.1.0
     */
    HEAD_FILE("migrate.headFile", "migrate", "head_file", ValueType.BOOLEAN, "true"),

    /**
     * Seconds a mutating command waits for the database lock before it gives up.
     *
     * @since 0.1.0
     */
    LOCK_TIMEOUT("migrate.lockTimeout", "migrate", "lock_timeout", ValueType.SECONDS, "60"),

    /**
     * What {@code revision} writes: {@code sql} (an {@code .sql} file from {@code script.sql.vm}) or
     * {@code java} (a {@code .java} revision against the operations API, from {@code script.java.vm}).
     *
     * @since 0.1.0
     */
    TEMPLATE("migrate.template", "migrate", "template", ValueType.REVISION_TEMPLATE, "sql"),

    /**
     * How deployers exclude each other: {@code advisory} (the database's session lock: PostgreSQL
     * advisory lock, MySQL {@code GET_LOCK}, H2 row lock) or {@code table} (a row in
     * {@code <version_table>_locks} with owner and expiry, for connection poolers in transaction
     * mode and engines without session locks).
     *
     * @since 0.1.0
     */
    LOCK("migrate.lock", "migrate", "lock", ValueType.LOCK_KIND, "advisory"),

    /**
     * Seconds one statement of a revision may run before the driver cancels it; 0 (the default)
     * means no limit, as DBAs expect of long index builds.
     *
     * @since 0.1.0
     */
    STATEMENT_TIMEOUT("migrate.statementTimeout", "migrate", "statement_timeout", ValueType.SECONDS, "0"),

    /**
     * Seconds one revision may run in all; a Java revision still running then is stopped and the run
     * fails, releasing the lock. 0 (the default) means no limit.
     *
     * @since 0.1.0
     */
    REVISION_TIMEOUT("migrate.revisionTimeout", "migrate", "revision_timeout", ValueType.SECONDS, "0"),

    /**
     * The character set of revision files; bytes that do not decode stop every command before
     * anything runs.
     *
     * @since 0.1.0
     */
    ENCODING("migrate.encoding", "migrate", "encoding", ValueType.CHARSET, "UTF-8"),

    /**
     * The schema (MySQL/MariaDB: database) that holds the version and history tables and in which
     * revisions run; empty means the connection's own.
     *
     * @since 0.2.0
     */
    DEFAULT_SCHEMA("migrate.defaultSchema", "migrate", "default_schema", ValueType.SCHEMA_NAME, ""),

    /**
     * Create {@code default_schema} when it is missing (recorded in the history table).
     *
     * @since 0.2.0
     */
    CREATE_SCHEMAS("migrate.createSchemas", "migrate", "create_schemas", ValueType.BOOLEAN, "false"),

    /**
     * Comma-separated schemas {@code clean} empties; empty means {@code default_schema}, else the
     * connection's own.
     *
     * @since 0.2.0
     */
    SCHEMAS("migrate.schemas", "migrate", "schemas", ValueType.SCHEMA_LIST, ""),

    /**
     * Allow {@code clean}; off by default.
     *
     * @since 0.2.0
     */
    CLEAN_ENABLED("migrate.cleanEnabled", "migrate", "clean_enabled", ValueType.BOOLEAN, "false"),

    /**
     * Refuse destructive commands ({@code clean}, {@code stamp --purge}, {@code downgrade base} or of
     * more than one revision) outright.
     *
     * @since 0.2.0
     */
    PROTECT("migrate.protect", "migrate", "protect", ValueType.BOOLEAN, "false"),

    /**
     * How many more times to try when the first connection fails (Flyway's {@code connectRetries}).
     *
     * @since 0.2.0
     */
    CONNECT_RETRIES("migrate.connectRetries", "migrate", "connect_retries", ValueType.RETRIES, "0"),

    /**
     * Seconds between connection attempts, doubled after each up to this value (as Flyway's).
     *
     * @since 0.2.0
     */
    CONNECT_RETRIES_INTERVAL("migrate.connectRetriesInterval", "migrate", "connect_retries_interval",
            ValueType.SECONDS, "120"),

    /**
     * SQL run on each new connection before anything else (e.g. {@code SET ROLE deployer}).
     *
     * @since 0.2.0
     */
    INIT_SQL("migrate.initSql", "migrate", "init_sql", ValueType.TEXT, ""),

    /**
     * {@code false} leaves {@code ${name}} in revisions, populate scripts and callbacks as written.
     *
     * @since 0.2.0
     */
    PLACEHOLDER_REPLACEMENT("migrate.placeholderReplacement", "migrate", "placeholder_replacement",
            ValueType.BOOLEAN, "true"),

    /**
     * What {@code revision --autogenerate} and {@code check} compare the database with:
     * {@code jpa:<package or class names>}, {@code schema:<schema.sql>} or {@code url:jdbc:...}.
     *
     * @since 0.1.0
     */
    MODEL("migrate.model", "autogenerate", "model", ValueType.MODEL, ""),

    /**
     * Folders and jars holding the JPA model's classes (the CLI's {@code --classpath}; Maven passes
     * the project's classpath), separated by commas or the platform's path separator.
     *
     * @since 0.1.0
     */
    MODEL_CLASSPATH("migrate.modelClasspath", "autogenerate", "classpath", ValueType.CLASS_PATH, ""),

    /**
     * Comma-separated table name patterns ({@code *} and {@code ?}) to compare; empty means all.
     *
     * @since 0.1.0
     */
    INCLUDE_TABLES("migrate.includeTables", "autogenerate", "include_tables", ValueType.TEXT, ""),

    /**
     * Comma-separated table name patterns ({@code *} and {@code ?}) to leave out of the comparison.
     *
     * @since 0.1.0
     */
    EXCLUDE_TABLES("migrate.excludeTables", "autogenerate", "exclude_tables", ValueType.TEXT, ""),

    /**
     * Compare column types.
     *
     * @since 0.1.0
     */
    COMPARE_TYPE("migrate.compareType", "autogenerate", "compare_type", ValueType.BOOLEAN, "true"),

    /**
     * Compare column defaults (Alembic's {@code compare_server_default}; off by default as there).
     *
     * @since 0.1.0
     */
    COMPARE_SERVER_DEFAULT("migrate.compareServerDefault", "autogenerate", "compare_server_default",
            ValueType.BOOLEAN, "false"),

    /**
     * How a JPA model's names become table and column names, as Hibernate's physical naming strategy:
     * {@code spring} (Spring Boot's default: {@code firstName} is {@code first_name}), {@code hibernate}
     * (Hibernate's own: names as written), the class name of a {@code PhysicalNamingStrategy} on the
     * model's class path, or {@code auto}: Spring's when Spring Boot's JPA auto-configuration is on
     * the model's class path, else Hibernate's.
     *
     * @since 0.2.0
     */
    NAMING_STRATEGY("migrate.namingStrategy", "autogenerate", "naming_strategy", ValueType.TEXT, "auto"),

    /**
     * The storage engine of tables that autogenerate creates on MySQL and MariaDB (Hibernate's
     * {@code hibernate.dialect.storage_engine}).
     *
     * @since 0.2.0
     */
    MYSQL_ENGINE("migrate.mysqlEngine", "autogenerate", "mysql_engine", ValueType.TEXT, "InnoDB"),

    /**
     * Comma-separated files listing the databases of a fleet, one JDBC URL a line (the
     * {@code [targets]} section is the other way to list them).
     *
     * @since 0.1.0
     */
    TARGETS("migrate.targets", "fleet", "targets", ValueType.PATH_LIST, ""),

    /**
     * How many fleet targets run at the same time, one connection each.
     *
     * @since 0.1.0
     */
    PARALLEL("migrate.parallel", "fleet", "parallel", ValueType.COUNT, "1"),

    /**
     * After the first failed target, start no new ones (those running finish).
     *
     * @since 0.1.0
     */
    FAIL_FAST("migrate.failFast", "fleet", "fail_fast", ValueType.BOOLEAN, "false");

    private static final Map<String, ConfigKey> BY_PROPERTY = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(ConfigKey::property, Function.identity()));

    private final String property;
    private final String section;
    private final String key;
    private final ValueType type;
    private final String defaultValue;

    ConfigKey(String property, String section, String key, ValueType type, String defaultValue) {
        this.property = property;
        this.section = section;
        this.key = key;
        this.type = type;
        this.defaultValue = defaultValue;
    }

    /** The {@code -D} / Maven property, e.g. {@code migrate.scriptLocation}. */
    public String property() {
        return property;
    }

    /** The config-file section, without brackets: {@code database} or {@code migrate}. */
    public String section() {
        return section;
    }

    /** The config-file key, e.g. {@code script_location}. */
    public String key() {
        return key;
    }

    /** The built-in default, as it would be written in the config file. */
    public String defaultValue() {
        return defaultValue;
    }

    /** What a user may write, for help texts and errors: {@code true or false}. */
    public String accepted() {
        return type.accepted();
    }

    /** {@code [migrate] script_location}, as messages name a file setting. */
    public String iniName() {
        return "[" + section + "] " + key;
    }

    public boolean isSecret() {
        return type == ValueType.SECRET;
    }

    ValueType type() {
        return type;
    }

    /** The setting named by a {@code -D} property, e.g. {@code migrate.url}. */
    public static Optional<ConfigKey> forProperty(String property) {
        return Optional.ofNullable(BY_PROPERTY.get(property));
    }

    /** The setting at {@code [section] key}; keys match regardless of case and of - versus _. */
    public static Optional<ConfigKey> forIni(String section, String key) {
        String wantedKey = normalize(key);
        return Arrays.stream(values())
                .filter(k -> k.section.equalsIgnoreCase(section.strip()) && k.key.equals(wantedKey))
                .findFirst();
    }

    /** True for the sections whose every key dbmigrate knows (others belong to the application). */
    static boolean isOwnSection(String section) {
        return Arrays.stream(values()).anyMatch(k -> k.section.equalsIgnoreCase(section.strip()));
    }

    public static String normalize(String key) {
        return key.strip().toLowerCase(Locale.ROOT).replace('-', '_');
    }
}
