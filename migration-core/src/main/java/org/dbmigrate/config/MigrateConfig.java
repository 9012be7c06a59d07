package org.dbmigrate.config;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The settings a command runs with, after the layers (flag or -D, POM, config file, default) have
 * been merged. Paths are already absolute (config-file paths resolve against the file's folder).
 *
 * @param url                     JDBC URL, as written
 * @param user                    database user, may be empty
 * @param password                never printed
 * @param scriptLocation          the migrations folder (holds versions/, script.sql.vm, populate/)
 * @param versionLocations        folders holding revision files; the first is where new ones go
 *                                unless {@code --version-path} says otherwise (default: versions/)
 * @param versionTable            {@code migrate_version} by default
 * @param historyTable            {@code migrate_history} by default
 * @param revisionIdStyle         sequential (001, 002...) or hex (12 hex characters)
 * @param downgradeEnabled        false refuses downgrade and leaves it out of new revisions
 * @param transactionPerMigration true: commit after each revision; false: one transaction per run
 * @param headFile                keep {@code versions/HEAD} up to date
 * @param lockTimeout             how long a mutating command waits for the database lock
 * @param templateArgs            {@code -x key=value} values handed to templates
 * @param autogenerate            the {@code [autogenerate]} section: model and comparison knobs
 * @param template                what {@code revision} writes: {@code sql} or {@code java}
 * @param scriptSource            the script location as written: a folder or {@code classpath:...}; when it is
 *                                a folder, {@code scriptLocation} is that folder, on the class path
 *                                {@code scriptLocation} is null (there is no folder to write to)
 * @param versionSources          the version locations as written; {@code versionLocations} holds the folders
 *                                among them
 * @param lock                    how deployers exclude each other: the database's session lock or a lock row
 * @param fleet                   the databases of a fleet ({@code [targets]}, target files) and how to run them
 * @param statementTimeout        how long one statement may run; zero means no limit
 * @param revisionTimeout         how long one revision may run; zero means no limit
 * @param connectTimeout          how long to wait for a connection and its login; zero means no limit
 * @param socketTimeout           how long to wait for any answer on an open connection; zero means no limit
 * @param encoding                the character set of revision files
 * @param sqlPlaceholders         {@code ${name}} values for revisions, populate scripts and callbacks
 * @param schemas                 default schema, whether to create it, what {@code clean} empties
 * @param connect                 connection retries and the SQL run on each new connection
 * @param safety                  whether {@code clean} is allowed and destructive commands refused
 */
public record MigrateConfig(String url, String user, Secret password, Path scriptLocation, List<Path> versionLocations,
        String versionTable,
        String historyTable, RevisionIdStyle revisionIdStyle, boolean downgradeEnabled,
        boolean transactionPerMigration, boolean headFile, Duration lockTimeout, Map<String, String> templateArgs,
        Autogenerate autogenerate, String template, Location scriptSource, List<Location> versionSources,
        LockKind lock, Fleet fleet, Duration statementTimeout, Duration revisionTimeout,
        Duration connectTimeout, Duration socketTimeout, Charset encoding, SqlPlaceholders sqlPlaceholders,
        Schemas schemas, Connect connect, Safety safety) {

    /** A config whose locations are the folders {@code scriptLocation} and {@code versionLocations}. */
    public MigrateConfig(String url, String user, Secret password, Path scriptLocation, List<Path> versionLocations,
            String versionTable, String historyTable, RevisionIdStyle revisionIdStyle, boolean downgradeEnabled,
            boolean transactionPerMigration, boolean headFile, Duration lockTimeout, Map<String, String> templateArgs,
            Autogenerate autogenerate, String template) {
        this(url, user, password, scriptLocation, versionLocations, versionTable, historyTable, revisionIdStyle,
                downgradeEnabled, transactionPerMigration, headFile, lockTimeout, templateArgs, autogenerate, template,
                null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /** A config whose {@code revision} writes SQL files. */
    public MigrateConfig(String url, String user, Secret password, Path scriptLocation, List<Path> versionLocations,
            String versionTable, String historyTable, RevisionIdStyle revisionIdStyle, boolean downgradeEnabled,
            boolean transactionPerMigration, boolean headFile, Duration lockTimeout, Map<String, String> templateArgs,
            Autogenerate autogenerate) {
        this(url, user, password, scriptLocation, versionLocations, versionTable, historyTable, revisionIdStyle,
                downgradeEnabled, transactionPerMigration, headFile, lockTimeout, templateArgs, autogenerate, "sql");
    }

    public MigrateConfig {
        autogenerate = autogenerate == null ? Autogenerate.DEFAULTS : autogenerate;
        template = template == null || template.isBlank() ? "sql" : template;
        lock = lock == null ? LockKind.ADVISORY : lock;
        fleet = fleet == null ? Fleet.NONE : fleet;
        sqlPlaceholders = sqlPlaceholders == null ? SqlPlaceholders.DEFAULTS : sqlPlaceholders;
        schemas = schemas == null ? Schemas.DEFAULTS : schemas;
        connect = connect == null ? Connect.DEFAULTS : connect;
        safety = safety == null ? Safety.DEFAULTS : safety;
        // Tolerant on purpose: tests that never connect build configs without credentials.
        user = user == null ? "" : user;
        password = password == null ? Secret.of("") : password;
        // The sources, when given, decide; the Path components are their folder view.
        scriptSource = scriptSource != null ? scriptSource : Location.folder(scriptLocation);
        scriptLocation = scriptSource.folder();
        versionSources = versionSources != null ? List.copyOf(versionSources)
                : versionLocations.stream().map(Location::folder).toList();
        versionLocations = versionSources.stream().filter(l -> !l.onClasspath()).map(Location::folder).toList();
        templateArgs = Map.copyOf(templateArgs);
        statementTimeout = statementTimeout == null ? Duration.ZERO : statementTimeout;
        revisionTimeout = revisionTimeout == null ? Duration.ZERO : revisionTimeout;
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(30) : connectTimeout;
        socketTimeout = socketTimeout == null ? Duration.ZERO : socketTimeout;
        encoding = encoding == null ? StandardCharsets.UTF_8 : encoding;
    }

    /** Without an {@code [autogenerate]} section (the form used before autogenerate existed). */
    public MigrateConfig(String url, String user, Secret password, Path scriptLocation, List<Path> versionLocations,
            String versionTable, String historyTable, RevisionIdStyle revisionIdStyle, boolean downgradeEnabled,
            boolean transactionPerMigration, boolean headFile, Duration lockTimeout, Map<String, String> templateArgs) {
        this(url, user, password, scriptLocation, versionLocations, versionTable, historyTable, revisionIdStyle,
                downgradeEnabled, transactionPerMigration, headFile, lockTimeout, templateArgs, null);
    }

    /**
     * The {@code [autogenerate]} section.
     *
     * @param model                {@code jpa:...}, {@code schema:...}, {@code url:...}, or empty (not configured)
     * @param modelClasspath       where JPA model classes are found, besides the caller's class loader
     * @param includeTables        table name patterns to compare ({@code *}, {@code ?}); empty means all
     * @param excludeTables        table name patterns to leave out
     * @param compareType          compare column types
     * @param compareServerDefault compare column defaults
     * @param mapping              how a JPA model becomes tables
     */
    public record Autogenerate(String model, List<Path> modelClasspath, List<String> includeTables,
            List<String> excludeTables, boolean compareType, boolean compareServerDefault, Mapping mapping) {

        public static final Autogenerate DEFAULTS = new Autogenerate("", List.of(), List.of(), List.of(), true, false);

        /** With the default mapping. */
        public Autogenerate(String model, List<Path> modelClasspath, List<String> includeTables,
                List<String> excludeTables, boolean compareType, boolean compareServerDefault) {
            this(model, modelClasspath, includeTables, excludeTables, compareType, compareServerDefault,
                    Mapping.DEFAULTS);
        }

        public Autogenerate {
            mapping = mapping == null ? Mapping.DEFAULTS : mapping;
            model = model == null ? "" : model.strip();
            modelClasspath = modelClasspath == null ? List.of() : List.copyOf(modelClasspath);
            includeTables = includeTables == null ? List.of() : List.copyOf(includeTables);
            excludeTables = excludeTables == null ? List.of() : List.copyOf(excludeTables);
        }

        /** {@code "a_*, tmp"} as a list of patterns. */
        public static List<String> patterns(String commaSeparated) {
            if (commaSeparated == null) {
                return List.of();
            }
            return Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(p -> !p.isEmpty())
                    .toList();
        }

        public Autogenerate withModel(String model) {
            return new Autogenerate(model, modelClasspath, includeTables, excludeTables, compareType,
                    compareServerDefault, mapping);
        }

        public Autogenerate withModelClasspath(List<Path> classpath) {
            return new Autogenerate(model, classpath, includeTables, excludeTables, compareType,
                    compareServerDefault, mapping);
        }

        public Autogenerate withMapping(Mapping newMapping) {
            return new Autogenerate(model, modelClasspath, includeTables, excludeTables, compareType,
                    compareServerDefault, newMapping);
        }
    }

    /**
     * How {@code model = jpa:...} becomes tables.
     *
     * @param namingStrategy {@code auto}, {@code spring}, {@code hibernate} or a {@code PhysicalNamingStrategy}
     *                       class name
     * @param mysqlEngine    the storage engine of tables created on MySQL/MariaDB
     */
    public record Mapping(String namingStrategy, String mysqlEngine) {

        public static final Mapping DEFAULTS = new Mapping("auto", "InnoDB");

        public Mapping {
            namingStrategy = namingStrategy == null || namingStrategy.isBlank() ? "auto" : namingStrategy.strip();
            mysqlEngine = mysqlEngine == null || mysqlEngine.isBlank() ? "InnoDB" : mysqlEngine.strip();
        }
    }

    /**
     * The databases of a fleet and how many run at once.
     *
     * @param targetFiles files of JDBC URLs, one a line ({@code --targets}, {@code migrate.targets})
     * @param listed      the {@code [targets]} section: {@code name = jdbc:...} lines, {@code discover} and
     *                    {@code discovery_query}, in file order
     * @param parallel    targets run at the same time, 1 or more
     * @param failFast    start no new target after one failed
     */
    public record Fleet(List<Path> targetFiles, List<ListedTarget> listed, int parallel, boolean failFast) {

        public static final Fleet NONE = new Fleet(List.of(), List.of(), 1, false);

        public Fleet {
            targetFiles = targetFiles == null ? List.of() : List.copyOf(targetFiles);
            listed = listed == null ? List.of() : List.copyOf(listed);
            parallel = Math.max(1, parallel);
        }

        /** True when any target is configured: commands then run across the fleet. */
        public boolean isConfigured() {
            return !targetFiles.isEmpty() || !listed.isEmpty();
        }
    }

    /**
     * {@code ${name}} placeholders in SQL revisions, populate scripts and callbacks (not the config
     * file's own {@code ${VAR}}, which reads the environment while the file is read).
     *
     * @param values  the {@code [placeholders]} section, {@code -Dmigrate.placeholders.<name>}, {@code --placeholder}
     * @param replace false leaves {@code ${...}} as written ({@code placeholder_replacement})
     */
    public record SqlPlaceholders(Map<String, String> values, boolean replace) {

        public static final SqlPlaceholders DEFAULTS = new SqlPlaceholders(Map.of(), true);

        public SqlPlaceholders {
            values = values == null ? Map.of() : Map.copyOf(values);
        }
    }

    /**
     * Where the engine's tables live and revisions run, and what {@code clean} empties.
     *
     * @param defaultSchema PostgreSQL schema ({@code search_path}), MySQL/MariaDB database, H2 schema; empty: the
     *                      connection's own
     * @param create        create {@code defaultSchema} when it is missing
     * @param clean         the schemas {@code clean} empties; empty means {@code defaultSchema}, else the connection's
     */
    public record Schemas(String defaultSchema, boolean create, List<String> clean) {

        public static final Schemas DEFAULTS = new Schemas("", false, List.of());

        public Schemas {
            defaultSchema = defaultSchema == null ? "" : defaultSchema;
            clean = clean == null ? List.of() : List.copyOf(clean);
        }
    }

    /**
     * How connections are made.
     *
     * @param retries       further attempts when connecting fails (0: one attempt)
     * @param retryInterval the longest wait between attempts (the wait starts at 1 s and doubles)
     * @param initSql       run on each new connection; empty: nothing
     */
    public record Connect(int retries, Duration retryInterval, String initSql) {

        public static final Connect DEFAULTS = new Connect(0, Duration.ofSeconds(120), "");

        public Connect {
            retryInterval = retryInterval == null ? Duration.ofSeconds(120) : retryInterval;
            initSql = initSql == null ? "" : initSql.strip();
        }
    }

    /**
     * Guards on destructive commands.
     *
     * @param cleanEnabled allow {@code clean}
     * @param protect      refuse {@code clean}, {@code stamp --purge}, {@code downgrade base} or of several revisions
     */
    public record Safety(boolean cleanEnabled, boolean protect) {

        public static final Safety DEFAULTS = new Safety(false, false);
    }

    /**
     * One {@code key = value} line of {@code [targets]}.
     *
     * @param key   the target's name, or {@code discover} / {@code discovery_query}
     * @param value a JDBC URL, or the discovery rule
     * @param where the file and line, for messages
     */
    public record ListedTarget(String key, String value, String where) {
    }

    /** How deployers exclude each other ({@code [migrate] lock}). */
    public enum LockKind {
        /** The database's own session lock (PostgreSQL advisory lock, MySQL GET_LOCK, H2 row lock). */
        ADVISORY,
        /** A row with owner and expiry in {@code <version_table>_locks}: works behind transaction poolers. */
        TABLE
    }

    /**
     * The folder that holds {@code HEAD} and new revisions by default; null when that location is on
     * the class path (see {@link #versionsSource()}).
     */
    public Path versionsDir() {
        return versionsSource().folder();
    }

    /** Where {@code HEAD} is and new revisions go by default: the first version location. */
    public Location versionsSource() {
        return versionSources.isEmpty() ? scriptSource.resolve("versions") : versionSources.get(0);
    }

    /** The version locations, {@code <script location>/versions} when none is configured. */
    public List<Location> revisionSources() {
        return versionSources.isEmpty() ? List.of(scriptSource.resolve("versions")) : versionSources;
    }

    /** {@code populate/} in the script location; null when that is on the class path. */
    public Path populateDir() {
        return scriptSource.resolve("populate").folder();
    }

    /**
     * The built-in defaults (see {@link ConfigKey}), relative paths resolved against {@code baseDir};
     * change what a test or program needs:
     * <pre>{@code MigrateConfig.builder(dir).url("jdbc:h2:mem:t").downgradeEnabled(false).build()}</pre>
     */
    public static Builder builder(Path baseDir) {
        return new Builder(ConfigLoader.create(baseDir).environment(Map.of()).load());
    }

    /** A builder starting from this config, for a copy with a few settings changed. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Hides the password, and any password written into the URL. */
    @Override
    public String toString() {
        return "MigrateConfig[url=" + JdbcUrls.redact(url) + ", user=" + user + ", password=" + password
                + ", scriptLocation=" + scriptLocation + ", versionLocations=" + versionLocations
                + ", versionTable=" + versionTable + ", historyTable=" + historyTable
                + ", revisionIdStyle=" + revisionIdStyle + ", downgradeEnabled=" + downgradeEnabled
                + ", transactionPerMigration=" + transactionPerMigration + ", headFile=" + headFile
                + ", lockTimeout=" + lockTimeout + ", templateArgs=" + templateArgs
                + ", autogenerate=" + autogenerate + ", template=" + template + ", scriptSource=" + scriptSource
                + ", versionSources=" + versionSources + ", lock=" + lock
                + ", fleet=" + fleet.targetFiles() + " " + fleet.listed().size() + " listed"
                + ", statementTimeout=" + statementTimeout + ", revisionTimeout=" + revisionTimeout
                + ", connectTimeout=" + connectTimeout + ", socketTimeout=" + socketTimeout
                + ", encoding=" + encoding + ", sqlPlaceholders=" + sqlPlaceholders.values().keySet()
                + ", schemas=" + schemas + ", connect=" + connect + ", safety=" + safety + "]";
    }

    /** Builds a {@link MigrateConfig}; start from {@link #builder(Path)} or {@link #toBuilder()}. */
    public static final class Builder {
        private String url;
        private String user;
        private Secret password;
        private Path scriptLocation;
        private List<Path> versionLocations;
        private String versionTable;
        private String historyTable;
        private RevisionIdStyle revisionIdStyle;
        private boolean downgradeEnabled;
        private boolean transactionPerMigration;
        private boolean headFile;
        private Duration lockTimeout;
        private Map<String, String> templateArgs;
        private Autogenerate autogenerate;
        private String template;
        private Location scriptSource;
        private List<Location> versionSources;
        private LockKind lock;
        private Fleet fleet;
        private Duration statementTimeout;
        private Duration revisionTimeout;
        private Duration connectTimeout;
        private Duration socketTimeout;
        private Charset encoding;
        private SqlPlaceholders sqlPlaceholders;
        private Schemas schemas;
        private Connect connect;
        private Safety safety;

        private Builder(MigrateConfig from) {
            url = from.url;
            user = from.user;
            password = from.password;
            scriptLocation = from.scriptLocation;
            versionLocations = from.versionLocations;
            versionTable = from.versionTable;
            historyTable = from.historyTable;
            revisionIdStyle = from.revisionIdStyle;
            downgradeEnabled = from.downgradeEnabled;
            transactionPerMigration = from.transactionPerMigration;
            headFile = from.headFile;
            lockTimeout = from.lockTimeout;
            templateArgs = from.templateArgs;
            autogenerate = from.autogenerate;
            template = from.template;
            scriptSource = from.scriptSource;
            versionSources = from.versionSources;
            lock = from.lock;
            fleet = from.fleet;
            statementTimeout = from.statementTimeout;
            revisionTimeout = from.revisionTimeout;
            connectTimeout = from.connectTimeout;
            socketTimeout = from.socketTimeout;
            encoding = from.encoding;
            sqlPlaceholders = from.sqlPlaceholders;
            schemas = from.schemas;
            connect = from.connect;
            safety = from.safety;
        }

        public Builder url(String url) {
            this.url = url;
            return this;
        }

        public Builder user(String user) {
            this.user = user;
            return this;
        }

        public Builder password(Secret password) {
            this.password = password;
            return this;
        }

        public Builder scriptLocation(Path scriptLocation) {
            return scriptSource(Location.folder(scriptLocation));
        }

        public Builder versionLocations(List<Path> versionLocations) {
            return versionSources(versionLocations.stream().map(Location::folder).toList());
        }

        /** The script location: a folder or {@code Location.classpath("db/migrations")}. */
        public Builder scriptSource(Location scriptSource) {
            this.scriptSource = scriptSource;
            this.scriptLocation = scriptSource.folder();
            return this;
        }

        /** The version locations (folders or class path names); empty means {@code <script location>/versions}. */
        public Builder versionSources(List<Location> versionSources) {
            this.versionSources = List.copyOf(versionSources);
            this.versionLocations = versionSources.stream().filter(l -> !l.onClasspath()).map(Location::folder)
                    .toList();
            return this;
        }

        public Builder versionTable(String versionTable) {
            this.versionTable = versionTable;
            return this;
        }

        public Builder historyTable(String historyTable) {
            this.historyTable = historyTable;
            return this;
        }

        public Builder revisionIdStyle(RevisionIdStyle revisionIdStyle) {
            this.revisionIdStyle = revisionIdStyle;
            return this;
        }

        public Builder downgradeEnabled(boolean downgradeEnabled) {
            this.downgradeEnabled = downgradeEnabled;
            return this;
        }

        public Builder transactionPerMigration(boolean transactionPerMigration) {
            this.transactionPerMigration = transactionPerMigration;
            return this;
        }

        public Builder headFile(boolean headFile) {
            this.headFile = headFile;
            return this;
        }

        public Builder lockTimeout(Duration lockTimeout) {
            this.lockTimeout = lockTimeout;
            return this;
        }

        public Builder templateArgs(Map<String, String> templateArgs) {
            this.templateArgs = templateArgs;
            return this;
        }

        public Builder autogenerate(Autogenerate autogenerate) {
            this.autogenerate = autogenerate;
            return this;
        }

        /** {@code sql} or {@code java}: what {@code revision} writes. */
        public Builder template(String template) {
            this.template = template;
            return this;
        }

        public Builder lock(LockKind lock) {
            this.lock = lock;
            return this;
        }

        public Builder fleet(Fleet fleet) {
            this.fleet = fleet;
            return this;
        }

        public Builder statementTimeout(Duration statementTimeout) {
            this.statementTimeout = statementTimeout;
            return this;
        }

        public Builder revisionTimeout(Duration revisionTimeout) {
            this.revisionTimeout = revisionTimeout;
            return this;
        }

        public Builder connectTimeout(Duration connectTimeout) {
            this.connectTimeout = connectTimeout;
            return this;
        }

        public Builder socketTimeout(Duration socketTimeout) {
            this.socketTimeout = socketTimeout;
            return this;
        }

        /** The character set of revision files (default UTF-8). */
        public Builder encoding(Charset encoding) {
            this.encoding = encoding;
            return this;
        }

        public Builder sqlPlaceholders(SqlPlaceholders sqlPlaceholders) {
            this.sqlPlaceholders = sqlPlaceholders;
            return this;
        }

        public Builder schemas(Schemas schemas) {
            this.schemas = schemas;
            return this;
        }

        public Builder connect(Connect connect) {
            this.connect = connect;
            return this;
        }

        public Builder safety(Safety safety) {
            this.safety = safety;
            return this;
        }

        public MigrateConfig build() {
            return new MigrateConfig(url, user, password, scriptLocation, versionLocations, versionTable,
                    historyTable, revisionIdStyle, downgradeEnabled, transactionPerMigration, headFile,
                    lockTimeout, templateArgs, autogenerate, template, scriptSource, versionSources, lock, fleet,
                    statementTimeout, revisionTimeout, connectTimeout, socketTimeout, encoding, sqlPlaceholders,
                    schemas, connect, safety);
        }
    }

    /** How {@code revision} picks the id of a new revision when {@code --rev-id} is not given. */
    public enum RevisionIdStyle {
        SEQUENTIAL, HEX
    }
}
