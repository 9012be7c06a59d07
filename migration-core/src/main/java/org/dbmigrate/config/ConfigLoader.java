package org.dbmigrate.config;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.dbmigrate.config.MigrateConfig.RevisionIdStyle;
import org.dbmigrate.internal.config.IniFile;

/**
 * Merges the layers of settings into a {@link MigrateConfig}. Precedence, highest first:
 * <ol>
 * <li>command-line flags ({@link #flag}),</li>
 * <li>{@code -D} properties ({@link #properties}),</li>
 * <li>the POM {@code <configuration>} ({@link #pom}),</li>
 * <li>config files ({@link #configFile}; a later file wins over an earlier one, as oslo.config),</li>
 * <li>the built-in defaults of {@link ConfigKey}.</li>
 * </ol>
 * Relative paths from a config file resolve against that file's folder; from flags, properties and
 * defaults against the working directory given to {@link #create}; from the POM against the basedir
 * given to {@link #pom}.
 *
 * <pre>{@code
 * MigrateConfig config = ConfigLoader.create(workingDir)
 *         .configFile(Path.of("/etc/app/app.conf"))
 *         .flag(ConfigKey.URL, url, "--database-connection")
 *         .onWarning(stderr::println)
 *         .load();
 * }</pre>
 */
public final class ConfigLoader {

    private static final String PROPERTY_PREFIX = "migrate.";
    private static final String PLACEHOLDER_PREFIX = "migrate.placeholders.";
    private static final String PLACEHOLDERS_SECTION = "placeholders";
    private static final Pattern PLACEHOLDER_NAME =
            Pattern.compile("[A-Za-z_][A-Za-z0-9_.]*");

    private final Path workingDir;
    private Map<String, String> environment = System.getenv();
    private Consumer<String> warnings = line -> { };
    private final List<Path> configFiles = new ArrayList<>();
    private final Map<ConfigKey, Setting> pom = new EnumMap<>(ConfigKey.class);
    private final Map<ConfigKey, Setting> properties = new EnumMap<>(ConfigKey.class);
    private final Map<ConfigKey, Setting> flags = new EnumMap<>(ConfigKey.class);
    private final Map<String, String> templateArgs = new LinkedHashMap<>();
    private final Map<String, String> placeholderPom = new LinkedHashMap<>();
    private final Map<String, String> placeholderProperties = new LinkedHashMap<>();
    private final Map<String, String> placeholderFlags = new LinkedHashMap<>();

    /**
     * One value and where it came from.
     *
     * @param where   the file and line, or {@code command line}, for messages
     * @param name    the setting as the user wrote it: {@code [migrate] downgrade}, {@code -Dmigrate.downgrade}
     * @param baseDir what a relative path in the value is relative to
     */
    private record Setting(String value, String where, String name, Path baseDir) {
    }

    private ConfigLoader(Path workingDir) {
        this.workingDir = workingDir.toAbsolutePath().normalize();
    }

    /** @param workingDir what defaults, flags and properties resolve relative paths against */
    public static ConfigLoader create(Path workingDir) {
        return new ConfigLoader(Objects.requireNonNull(workingDir, "workingDir"));
    }

    /** The variables {@code ${VAR}} reads (default: the process environment; tests pass a map). */
    public ConfigLoader environment(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
        return this;
    }

    /** Receives one line per unknown key in a config file. */
    public ConfigLoader onWarning(Consumer<String> warnings) {
        this.warnings = Objects.requireNonNull(warnings, "warnings");
        return this;
    }

    /** Adds a config file; files added later win over earlier ones. */
    public ConfigLoader configFile(Path file) {
        configFiles.add(Objects.requireNonNull(file, "file"));
        return this;
    }

    public ConfigLoader configFiles(List<Path> files) {
        files.forEach(this::configFile);
        return this;
    }

    /**
     * The POM {@code <configuration>}, keyed by setting; null values are skipped.
     *
     * @param basedir the project folder that relative paths resolve against
     */
    public ConfigLoader pom(Map<ConfigKey, String> values, Path basedir) {
        Path base = basedir.toAbsolutePath().normalize();
        values.forEach((key, value) -> {
            if (value != null) {
                String parameter = key.property().substring(PROPERTY_PREFIX.length());
                pom.put(key, new Setting(value, "POM <configuration>", "<" + parameter + ">", base));
            }
        });
        return this;
    }

    /**
     * {@code -D} properties (Maven user properties, JVM system properties): those named by
     * {@link ConfigKey#property()} are used, everything else is left alone.
     */
    public ConfigLoader properties(Map<String, String> values) {
        values.forEach((property, value) -> {
            if (property.startsWith(PLACEHOLDER_PREFIX) && value != null) {
                placeholderProperties.put(placeholderName(property.substring(PLACEHOLDER_PREFIX.length()),
                        "-D" + property), value);
            }
        });
        values.forEach((property, value) -> ConfigKey.forProperty(property).ifPresent(key -> {
            if (value != null) {
                properties.put(key, new Setting(value, "command line", "-D" + property, workingDir));
            }
        }));
        return this;
    }

    /** A command-line flag, the highest layer; {@code flagName} (e.g. {@code --database-connection}) is for messages. */
    public ConfigLoader flag(ConfigKey key, String value, String flagName) {
        return flag(key, value, flagName, "command line");
    }

    /**
     * A value set by a program, the highest layer like a flag; {@code name} and {@code source} are for
     * messages (e.g. {@code versionTable(...)}, {@code Migrator.configure()}).
     */
    public ConfigLoader flag(ConfigKey key, String value, String name, String source) {
        if (value != null) {
            flags.put(key, new Setting(value, source, name, workingDir));
        }
        return this;
    }

    /** The POM's {@code <placeholders>}: over the config files, under {@code -Dmigrate.placeholders.<name>}. */
    public ConfigLoader pomPlaceholders(Map<String, String> values) {
        values.forEach((name, value) -> placeholderPom.put(placeholderName(name, "POM <placeholders>"),
                value == null ? "" : value));
        return this;
    }

    /** {@code --placeholder name=value}: values for {@code ${name}} in SQL, over every other layer. */
    public ConfigLoader placeholders(Map<String, String> values) {
        values.forEach((name, value) -> placeholderFlags.put(placeholderName(name, "--placeholder " + name), value));
        return this;
    }

    private static String placeholderName(String name, String where) {
        if (!PLACEHOLDER_NAME.matcher(name).matches()) {
            throw new ConfigError(where, "'" + name + "' is not a placeholder name; use letters, digits, _ and .");
        }
        return name.toLowerCase(Locale.ROOT);
    }

    /** {@code -x key=value} arguments handed to revision templates; later calls win. */
    public ConfigLoader templateArgs(Map<String, String> args) {
        templateArgs.putAll(args);
        return this;
    }

    /** Reads the config files and merges every layer; throws {@link ConfigError} for a bad value. */
    public MigrateConfig load() {
        Map<ConfigKey, Setting> merged = new EnumMap<>(ConfigKey.class);
        for (ConfigKey key : ConfigKey.values()) {
            merged.put(key, new Setting(key.defaultValue(), "built-in default", key.iniName(), workingDir));
        }
        Map<String, MigrateConfig.ListedTarget> listed = new LinkedHashMap<>();
        Map<String, String> sqlPlaceholders = new LinkedHashMap<>();
        for (Path file : configFiles) {
            merged.putAll(readFile(file, listed, sqlPlaceholders));
        }
        sqlPlaceholders.putAll(placeholderPom);
        sqlPlaceholders.putAll(placeholderProperties);
        sqlPlaceholders.putAll(placeholderFlags);
        merged.putAll(pom);
        merged.putAll(properties);
        merged.putAll(flags);

        Map<ConfigKey, Object> values = new EnumMap<>(ConfigKey.class);
        merged.forEach((key, setting) -> values.put(key, parse(key, setting)));
        Location scriptSource = (Location) values.get(ConfigKey.SCRIPT_LOCATION);
        List<Location> versionSources = locations(values.get(ConfigKey.VERSION_LOCATIONS));
        return new MigrateConfig(
                (String) values.get(ConfigKey.URL),
                (String) values.get(ConfigKey.USER),
                (Secret) values.get(ConfigKey.PASSWORD),
                scriptSource.folder(),
                List.of(),
                (String) values.get(ConfigKey.VERSION_TABLE),
                (String) values.get(ConfigKey.HISTORY_TABLE),
                (RevisionIdStyle) values.get(ConfigKey.REVISION_ID),
                (Boolean) values.get(ConfigKey.DOWNGRADE),
                (Boolean) values.get(ConfigKey.TRANSACTION_PER_MIGRATION),
                (Boolean) values.get(ConfigKey.HEAD_FILE),
                (Duration) values.get(ConfigKey.LOCK_TIMEOUT),
                templateArgs,
                new MigrateConfig.Autogenerate((String) values.get(ConfigKey.MODEL),
                        paths(values.get(ConfigKey.MODEL_CLASSPATH)),
                        MigrateConfig.Autogenerate.patterns((String) values.get(ConfigKey.INCLUDE_TABLES)),
                        MigrateConfig.Autogenerate.patterns((String) values.get(ConfigKey.EXCLUDE_TABLES)),
                        (Boolean) values.get(ConfigKey.COMPARE_TYPE),
                        (Boolean) values.get(ConfigKey.COMPARE_SERVER_DEFAULT),
                        new MigrateConfig.Mapping((String) values.get(ConfigKey.NAMING_STRATEGY),
                                (String) values.get(ConfigKey.MYSQL_ENGINE))),
                (String) values.get(ConfigKey.TEMPLATE),
                scriptSource,
                versionSources,
                (MigrateConfig.LockKind) values.get(ConfigKey.LOCK),
                new MigrateConfig.Fleet(paths(values.get(ConfigKey.TARGETS)), List.copyOf(listed.values()),
                        (Integer) values.get(ConfigKey.PARALLEL), (Boolean) values.get(ConfigKey.FAIL_FAST)),
                (Duration) values.get(ConfigKey.STATEMENT_TIMEOUT),
                (Duration) values.get(ConfigKey.REVISION_TIMEOUT),
                (Duration) values.get(ConfigKey.CONNECT_TIMEOUT),
                (Duration) values.get(ConfigKey.SOCKET_TIMEOUT),
                (Charset) values.get(ConfigKey.ENCODING),
                new MigrateConfig.SqlPlaceholders(sqlPlaceholders,
                        (Boolean) values.get(ConfigKey.PLACEHOLDER_REPLACEMENT)),
                new MigrateConfig.Schemas((String) values.get(ConfigKey.DEFAULT_SCHEMA),
                        (Boolean) values.get(ConfigKey.CREATE_SCHEMAS), strings(values.get(ConfigKey.SCHEMAS))),
                new MigrateConfig.Connect((Integer) values.get(ConfigKey.CONNECT_RETRIES),
                        (Duration) values.get(ConfigKey.CONNECT_RETRIES_INTERVAL),
                        (String) values.get(ConfigKey.INIT_SQL)),
                new MigrateConfig.Safety((Boolean) values.get(ConfigKey.CLEAN_ENABLED),
                        (Boolean) values.get(ConfigKey.PROTECT)));
    }

    /** The section that lists a fleet's databases by name; its keys are the user's, not settings. */
    private static final String TARGETS_SECTION = "targets";

    private Map<ConfigKey, Setting> readFile(Path file, Map<String, MigrateConfig.ListedTarget> listed,
            Map<String, String> sqlPlaceholders) {
        IniFile ini = IniFile.read(file, environment);
        Map<ConfigKey, Setting> settings = new EnumMap<>(ConfigKey.class);
        for (IniFile.Entry entry : ini.entries()) {
            String where = file + " line " + entry.line();
            if (entry.section().strip().equalsIgnoreCase(TARGETS_SECTION)) {
                // A later file's line for the same name wins, as for settings.
                listed.put(entry.key(), new MigrateConfig.ListedTarget(entry.key(), entry.value(), where));
                continue;
            }
            if (entry.section().strip().equalsIgnoreCase(PLACEHOLDERS_SECTION)) {
                // names ignore case, as the file's keys do (and Flyway's placeholders)
                sqlPlaceholders.put(placeholderName(entry.key(), where), entry.value());
                continue;
            }
            ConfigKey.forIni(entry.section(), entry.key()).ifPresentOrElse(
                    key -> settings.put(key, new Setting(entry.value(), where, key.iniName(), ini.folder())),
                    () -> warnUnknown(entry, where));
        }
        return settings;
    }

    private void warnUnknown(IniFile.Entry entry, String where) {
        // Other sections belong to the application sharing the file (e.g. sahara.conf [DEFAULT]).
        if (!ConfigKey.isOwnSection(entry.section())) {
            return;
        }
        String known = Arrays.stream(ConfigKey.values())
                .filter(k -> k.section().equalsIgnoreCase(entry.section().strip()))
                .map(ConfigKey::key)
                .collect(Collectors.joining(", "));
        warnings.accept(where + ": unknown setting [" + entry.section() + "] " + entry.key()
                + " is ignored (known keys: " + known + ")");
    }

    private static Object parse(ConfigKey key, Setting setting) {
        try {
            return key.type().parse(setting.value(), setting.baseDir());
        } catch (IllegalArgumentException e) {
            String shown = key.isSecret() ? "****" : "'" + setting.value() + "'";
            throw new ConfigError(setting.where(),
                    setting.name() + " = " + shown + " is not valid; " + e.getMessage());
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Location> locations(Object value) {
        return (List<Location>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object value) {
        return (List<String>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Path> paths(Object value) {
        return (List<Path>) value;
    }
}
