package org.dbmigrate.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dbmigrate.config.MigrateConfig.RevisionIdStyle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SPEC 3: layered configuration, flag or -D over POM over config files over defaults. */
class ConfigLoaderTest {

    @TempDir
    Path dir;

    private Path write(String name, String... lines) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.write(file, List.of(lines));
        return file;
    }

    private ConfigLoader loader() {
        return ConfigLoader.create(dir.resolve("work")).environment(Map.of());
    }

    @Test
    void defaultsWhenNothingIsGiven() {
        MigrateConfig config = loader().load();
        Path work = dir.resolve("work").toAbsolutePath().normalize();
        assertEquals("jdbc:h2:file:./target/migrate/app", config.url()); // as written: the driver resolves it
        assertEquals("", config.user());
        assertTrue(config.password().isEmpty());
        assertEquals(work.resolve("migrations"), config.scriptLocation());
        assertEquals(List.of(), config.versionLocations());
        assertEquals(work.resolve("migrations/versions"), config.versionsDir());
        assertEquals("migrate_version", config.versionTable());
        assertEquals("migrate_history", config.historyTable());
        assertEquals(RevisionIdStyle.SEQUENTIAL, config.revisionIdStyle());
        assertTrue(config.downgradeEnabled());
        assertTrue(config.transactionPerMigration());
        assertTrue(config.headFile());
        assertEquals(Duration.ofSeconds(60), config.lockTimeout());
        assertEquals(Map.of(), config.templateArgs());
        assertEquals("sql", config.template());
    }

    // issue 7: [migrate] template = java picks the Java revision template; other values are refused
    @Test
    void templateKeyChoosesJavaRevisions() throws IOException {
        Path file = write("app.conf", "[migrate]", "template = Java");
        assertEquals("java", loader().configFile(file).load().template());
        Path bad = write("bad.conf", "[migrate]", "template = kotlin");
        assertEquals(bad + " line 2: [migrate] template = 'kotlin' is not valid; use sql or java",
                assertThrows(ConfigError.class, () -> loader().configFile(bad).load()).getMessage());
    }

    @Test
    void everyKeyIsReadFromTheFile() throws IOException {
        Path file = write("etc/app.conf",
                "[database]", "url = jdbc:postgresql://db/app", "user = app", "password = pw",
                "[migrate]", "script_location = db/migrations", "version_locations = v1, /abs/v2",
                "version_table = app_version", "history_table = app_history", "revision_id = hex",
                "downgrade = false", "transaction_per_migration = no", "head_file = off", "lock_timeout = 5");
        MigrateConfig config = loader().configFile(file).load();
        Path etc = dir.resolve("etc").toAbsolutePath().normalize();
        assertEquals("jdbc:postgresql://db/app", config.url());
        assertEquals("app", config.user());
        assertEquals("pw", config.password().reveal());
        assertEquals(etc.resolve("db/migrations"), config.scriptLocation());
        assertEquals(List.of(etc.resolve("v1"), Path.of("/abs/v2")), config.versionLocations());
        assertEquals("app_version", config.versionTable());
        assertEquals("app_history", config.historyTable());
        assertEquals(RevisionIdStyle.HEX, config.revisionIdStyle());
        assertFalse(config.downgradeEnabled());
        assertFalse(config.transactionPerMigration());
        assertFalse(config.headFile());
        assertEquals(Duration.ofSeconds(5), config.lockTimeout());
    }

    @Test
    void filePathsResolveAgainstTheFilesFolderLikeAlembicHere() throws IOException {
        Path file = write("conf/app.conf", "[migrate]", "script_location = ../migrations");
        assertEquals(dir.toAbsolutePath().normalize().resolve("migrations"),
                loader().configFile(file).load().scriptLocation());
    }

    @Test
    void laterConfigFileWinsAsOsloConfig() throws IOException {
        Path base = write("base.conf", "[database]", "url = jdbc:h2:mem:base", "user = base",
                "[migrate]", "version_table = base_version");
        Path site = write("site/site.conf", "[database]", "url = jdbc:h2:mem:site", "[migrate]", "script_location = m");
        MigrateConfig config = loader().configFiles(List.of(base, site)).load();
        assertEquals("jdbc:h2:mem:site", config.url());
        assertEquals("base", config.user());
        assertEquals("base_version", config.versionTable());
        assertEquals(dir.resolve("site/m").toAbsolutePath().normalize(), config.scriptLocation());
    }

    @Test
    void pomBeatsFileAndResolvesAgainstBasedir() throws IOException {
        Path file = write("app.conf", "[database]", "url = jdbc:h2:mem:file", "[migrate]", "script_location = file-m");
        Path basedir = dir.resolve("project");
        MigrateConfig config = loader().configFile(file)
                .pom(Map.of(ConfigKey.URL, "jdbc:h2:mem:pom", ConfigKey.SCRIPT_LOCATION, "src/migrations"), basedir)
                .load();
        assertEquals("jdbc:h2:mem:pom", config.url());
        assertEquals(basedir.toAbsolutePath().normalize().resolve("src/migrations"), config.scriptLocation());
    }

    @Test
    void propertyBeatsPomAndFlagBeatsProperty() throws IOException {
        Path file = write("app.conf", "[database]", "url = jdbc:h2:mem:file", "user = fileuser");
        MigrateConfig config = loader().configFile(file)
                .pom(Map.of(ConfigKey.URL, "jdbc:h2:mem:pom", ConfigKey.USER, "pomuser",
                        ConfigKey.DOWNGRADE, "true"), dir)
                .properties(Map.of("migrate.url", "jdbc:h2:mem:prop", "migrate.user", "propuser",
                        "migrate.downgrade", "false", "java.version", "17", "migrate.serverId", "ignored"))
                .flag(ConfigKey.URL, "jdbc:h2:mem:flag", "--database-connection")
                .load();
        assertEquals("jdbc:h2:mem:flag", config.url());
        assertEquals("propuser", config.user());
        assertFalse(config.downgradeEnabled());
    }

    @Test
    void flagAndPropertyPathsResolveAgainstWorkingDir() {
        MigrateConfig config = loader().properties(Map.of("migrate.versionLocations", "a,b"))
                .flag(ConfigKey.SCRIPT_LOCATION, "m", "--script-location").load();
        Path work = dir.resolve("work").toAbsolutePath().normalize();
        assertEquals(work.resolve("m"), config.scriptLocation());
        assertEquals(List.of(work.resolve("a"), work.resolve("b")), config.versionLocations());
    }

    @Test
    void nullFlagOrPomValueLeavesLowerLayer() throws IOException {
        Path file = write("app.conf", "[database]", "url = jdbc:h2:mem:file");
        Map<ConfigKey, String> pom = new HashMap<>();
        pom.put(ConfigKey.URL, null);
        MigrateConfig config = loader().configFile(file).pom(pom, dir).flag(ConfigKey.URL, null, "--x").load();
        assertEquals("jdbc:h2:mem:file", config.url());
    }

    @Test
    void environmentFeedsThePassword() throws IOException {
        Path file = write("app.conf", "[database]", "password = ${DB_PASSWORD:-}");
        assertEquals("from-env", loader().environment(Map.of("DB_PASSWORD", "from-env")).configFile(file).load()
                .password().reveal());
        assertTrue(loader().configFile(file).load().password().isEmpty());
    }

    @Test
    void unknownKeyInOwnSectionIsAWarningNotAnError() throws IOException {
        Path file = write("app.conf", "[DEFAULT]", "debug = true", "[database]", "connection = x",
                "[migrate]", "script_locaton = m");
        List<String> warnings = new ArrayList<>();
        loader().configFile(file).onWarning(warnings::add).load();
        assertEquals(List.of(
                file + " line 4: unknown setting [database] connection is ignored (known keys: url, user, password, "
                        + "connect_timeout, socket_timeout)",
                file + " line 6: unknown setting [migrate] script_locaton is ignored (known keys: script_location, "
                        + "version_locations, version_table, history_table, revision_id, downgrade, "
                        + "transaction_per_migration, head_file, lock_timeout, template, lock, statement_timeout, "
                        + "revision_timeout, encoding, default_schema, create_schemas, schemas, clean_enabled, protect, "
                        + "connect_retries, connect_retries_interval, init_sql, placeholder_replacement)"),
                warnings);
    }

    @Test
    void badRevisionIdNamesFileLineKeyAndAcceptedValues() throws IOException {
        Path file = write("app.conf", "[migrate]", "revision_id = foo");
        ConfigError e = assertThrows(ConfigError.class, () -> loader().configFile(file).load());
        assertEquals(file + " line 2: [migrate] revision_id = 'foo' is not valid; use sequential or hex",
                e.getMessage());
    }

    @Test
    void badBooleanNamesFileLineKeyAndAcceptedValues() throws IOException {
        Path file = write("app.conf", "[migrate]", "", "downgrade = maybe");
        ConfigError e = assertThrows(ConfigError.class, () -> loader().configFile(file).load());
        assertEquals(file + " line 3: [migrate] downgrade = 'maybe' is not valid; use true or false", e.getMessage());
    }

    // Scenario (issue 14.11): a time no driver can take fails the config check, naming the line and the range.
    @Test
    void aTimeBeyondWhatDriversTakeNamesTheLineAndTheRange() throws IOException {
        Path file = write("app.conf", "[migrate]", "lock_timeout = 99999999999999");
        assertEquals(file + " line 2: [migrate] lock_timeout = '99999999999999' is not valid; use a whole number of"
                + " seconds from 0 to 2147483", assertThrows(ConfigError.class, () -> loader().configFile(file).load())
                .getMessage());
        Path beyondLong = write("big.conf", "[database]", "connect_timeout = 99999999999999999999");
        assertTrue(assertThrows(ConfigError.class, () -> loader().configFile(beyondLong).load()).getMessage()
                .startsWith(beyondLong + " line 2: [database] connect_timeout = '99999999999999999999' is not valid"));
        assertEquals("command line: -Dmigrate.statementTimeout = '2147484' is not valid; use a whole number of seconds"
                + " from 0 to 2147483", assertThrows(ConfigError.class,
                        () -> loader().properties(Map.of("migrate.statementTimeout", "2147484")).load()).getMessage());
        assertEquals(Duration.ofSeconds(2147483),
                loader().properties(Map.of("migrate.lockTimeout", "2147483")).load().lockTimeout());
    }

    @Test
    void badLockTimeoutAndTableName() throws IOException {
        Path file = write("app.conf", "[migrate]", "lock_timeout = -1");
        assertEquals(file + " line 2: [migrate] lock_timeout = '-1' is not valid; use a whole number of seconds from 0"
                        + " to 2147483", assertThrows(ConfigError.class, () -> loader().configFile(file).load()).getMessage());
        assertEquals("command line: -Dmigrate.versionTable = 'v; DROP TABLE x' is not valid; use a table name of "
                        + "letters, digits and _ (optionally schema.table)",
                assertThrows(ConfigError.class,
                        () -> loader().properties(Map.of("migrate.versionTable", "v; DROP TABLE x")).load())
                        .getMessage());
    }

    @Test
    void badValueFromPomOrFlagNamesIt() {
        assertEquals("POM <configuration>: <revisionId> = 'x' is not valid; use sequential or hex",
                assertThrows(ConfigError.class,
                        () -> loader().pom(Map.of(ConfigKey.REVISION_ID, "x"), dir).load()).getMessage());
        assertEquals("command line: --lock-timeout = 'soon' is not valid; use a whole number of seconds from 0 to 2147483",
                assertThrows(ConfigError.class,
                        () -> loader().flag(ConfigKey.LOCK_TIMEOUT, "soon", "--lock-timeout").load()).getMessage());
    }

    @Test
    void emptyScriptLocationIsRejected() throws IOException {
        Path file = write("app.conf", "[migrate]", "script_location =");
        assertEquals(file + " line 2: [migrate] script_location = '' is not valid;"
                + " use a folder, filesystem:<folder> or classpath:<path>",
                assertThrows(ConfigError.class, () -> loader().configFile(file).load()).getMessage());
    }

    @Test
    void schemaQualifiedTableNameIsAccepted() {
        assertEquals("audit.versions",
                loader().properties(Map.of("migrate.versionTable", "audit.versions")).load().versionTable());
    }

    @Test
    void templateArgsAreCarried() {
        assertEquals(Map.of("a", "1", "b", "3"),
                loader().templateArgs(Map.of("a", "1", "b", "2")).templateArgs(Map.of("b", "3")).load().templateArgs());
    }

    @Test
    void passwordNeverAppearsInToStringEvenInsideTheUrl() throws IOException {
        Path file = write("app.conf", "[database]", "url = jdbc:postgresql://h/db?password=hunter2",
                "password = hunter2");
        String text = loader().configFile(file).load().toString();
        assertFalse(text.contains("hunter2"), text);
        assertTrue(text.contains("password=****"), text);
    }

    // issue 15: SQL placeholders and the day-one settings
    @Test
    void sqlPlaceholdersComeFromTheSectionThePomDashDAndFlagsInThatOrder() throws IOException {
        Path file = write("app.conf", "[placeholders]", "Owner = ${APP_OWNER:-file}", "schema = app", "tier = file",
                "level = file", "[migrate]", "placeholder_replacement = off");
        MigrateConfig config = loader().configFile(file)
                .pomPlaceholders(Map.of("tier", "pom", "level", "pom"))
                .properties(Map.of("migrate.placeholders.level", "dash-d", "migrate.placeholders.mode", "dash-d"))
                .placeholders(Map.of("mode", "flag"))
                .load();
        assertEquals(Map.of("owner", "file", "schema", "app", "tier", "pom", "level", "dash-d", "mode", "flag"),
                config.sqlPlaceholders().values());
        assertFalse(config.sqlPlaceholders().replace());
    }

    @Test
    void aBadPlaceholderNameOrCountIsOneLineNamingIt() throws IOException {
        ConfigError name = assertThrows(ConfigError.class,
                () -> loader().placeholders(Map.of("bad name", "x")).load());
        assertTrue(name.getMessage().contains("'bad name' is not a placeholder name"), name.getMessage());
        Path file = write("bad.conf", "[migrate]", "connect_retries = -1");
        ConfigError retries = assertThrows(ConfigError.class, () -> loader().configFile(file).load());
        assertTrue(retries.getMessage().endsWith("[migrate] connect_retries = '-1' is not valid; use a whole number,"
                + " 0 or more"), retries.getMessage());
        Path schemas = write("schemas.conf", "[migrate]", "schemas = a, b-c");
        ConfigError list = assertThrows(ConfigError.class, () -> loader().configFile(schemas).load());
        assertTrue(list.getMessage().contains("[migrate] schemas = 'a, b-c' is not valid"), list.getMessage());
    }

    @Test
    void dayOneSettingsAreRead() throws IOException {
        Path file = write("day1.conf", "[migrate]", "default_schema = app", "create_schemas = yes",
                "schemas = app, audit", "clean_enabled = true", "protect = on", "connect_retries = 3",
                "connect_retries_interval = 10", "init_sql = SET ROLE deployer");
        MigrateConfig config = loader().configFile(file).load();
        assertEquals(new MigrateConfig.Schemas("app", true, List.of("app", "audit")), config.schemas());
        assertEquals(new MigrateConfig.Safety(true, true), config.safety());
        assertEquals(new MigrateConfig.Connect(3, Duration.ofSeconds(10), "SET ROLE deployer"), config.connect());
        MigrateConfig defaults = loader().load();
        assertEquals(MigrateConfig.Safety.DEFAULTS, defaults.safety());
        assertEquals(MigrateConfig.Connect.DEFAULTS, defaults.connect());
    }
}
