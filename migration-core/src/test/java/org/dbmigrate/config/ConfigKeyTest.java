package org.dbmigrate.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** STYLE 10: one namespace of keys shared by file, -D, POM and CLI. */
class ConfigKeyTest {

    @Test
    void everyKeyIsFoundByPropertyAndByIniName() {
        for (ConfigKey key : ConfigKey.values()) {
            assertEquals(Optional.of(key), ConfigKey.forProperty(key.property()));
            assertEquals(Optional.of(key), ConfigKey.forIni(key.section(), key.key()));
            assertTrue(key.property().startsWith("migrate."), key.property());
        }
    }

    @Test
    void iniLookupIgnoresCaseAndDashes() {
        assertEquals(Optional.of(ConfigKey.TRANSACTION_PER_MIGRATION),
                ConfigKey.forIni("Migrate", "Transaction-Per-Migration"));
        assertEquals(Optional.empty(), ConfigKey.forIni("database", "script_location"));
    }

    @Test
    void theTableMatchesTheSpec() {
        assertEquals("migrate.url [database] url = jdbc:h2:file:./target/migrate/app\n"
                        + "migrate.user [database] user = \n"
                        + "migrate.password [database] password = \n"
                        + "migrate.connectTimeout [database] connect_timeout = 30\n"
                        + "migrate.socketTimeout [database] socket_timeout = 0\n"
                        + "migrate.scriptLocation [migrate] script_location = migrations\n"
                        + "migrate.versionLocations [migrate] version_locations = \n"
                        + "migrate.versionTable [migrate] version_table = migrate_version\n"
                        + "migrate.historyTable [migrate] history_table = migrate_history\n"
                        + "migrate.revisionId [migrate] revision_id = sequential\n"
                        + "migrate.downgrade [migrate] downgrade = true\n"
                        + "migrate.transactionPerMigration [migrate] transaction_per_migration = true\n"
                        + "migrate.headFile [migrate] head_file = true\n"
                        + "migrate.lockTimeout [migrate] lock_timeout = 60\n"
                        + "migrate.template [migrate] template = sql\n"
                        + "migrate.lock [migrate] lock = advisory\n"
                        + "migrate.statementTimeout [migrate] statement_timeout = 0\n"
                        + "migrate.revisionTimeout [migrate] revision_timeout = 0\n"
                        + "migrate.encoding [migrate] encoding = UTF-8\n"
                        + "migrate.defaultSchema [migrate] default_schema = \n"
                        + "migrate.createSchemas [migrate] create_schemas = false\n"
                        + "migrate.schemas [migrate] schemas = \n"
                        + "migrate.cleanEnabled [migrate] clean_enabled = false\n"
                        + "migrate.protect [migrate] protect = false\n"
                        + "migrate.connectRetries [migrate] connect_retries = 0\n"
                        + "migrate.connectRetriesInterval [migrate] connect_retries_interval = 120\n"
                        + "migrate.initSql [migrate] init_sql = \n"
                        + "migrate.placeholderReplacement [migrate] placeholder_replacement = true\n"
                        + "migrate.model [autogenerate] model = \n"
                        + "migrate.modelClasspath [autogenerate] classpath = \n"
                        + "migrate.includeTables [autogenerate] include_tables = \n"
                        + "migrate.excludeTables [autogenerate] exclude_tables = \n"
                        + "migrate.compareType [autogenerate] compare_type = true\n"
                        + "migrate.compareServerDefault [autogenerate] compare_server_default = false\n"
                        + "migrate.namingStrategy [autogenerate] naming_strategy = auto\n"
                        + "migrate.mysqlEngine [autogenerate] mysql_engine = InnoDB\n"
                        + "migrate.targets [fleet] targets = \n"
                        + "migrate.parallel [fleet] parallel = 1\n"
                        + "migrate.failFast [fleet] fail_fast = false\n",
                Arrays.stream(ConfigKey.values())
                        .map(k -> k.property() + " " + k.iniName() + " = " + k.defaultValue() + "\n")
                        .reduce("", String::concat));
    }

    @Test
    void everyDefaultParses() {
        for (ConfigKey key : ConfigKey.values()) {
            key.type().parse(key.defaultValue(), Path.of("/tmp"));
        }
        assertEquals("password", ConfigKey.PASSWORD.key());
        assertTrue(ConfigKey.PASSWORD.isSecret());
    }

    /** Issue 20 point 6: [autogenerate] classpath takes commas and the platform's path separator. */
    @Test
    void modelClasspathTakesBothSeparators() {
        Path base = Path.of("/srv/app");
        assertEquals(List.of(base.resolve("classes"), base.resolve("lib/a.jar"), base.resolve("lib/b.jar")),
                ConfigKey.MODEL_CLASSPATH.type().parse("classes" + File.pathSeparator + "lib/a.jar, lib/b.jar", base));
    }
}
