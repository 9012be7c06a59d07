package org.dbmigrate.internal.command;

import org.dbmigrate.command.CleanCommand;
import org.dbmigrate.command.DowngradeCommand;
import org.dbmigrate.command.PopulateCommand;
import org.dbmigrate.command.ResolveCommand;
import org.dbmigrate.command.StampCommand;
import org.dbmigrate.command.UpgradeCommand;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.dbmigrate.Migrator;
import org.dbmigrate.config.MigrateConfig;
import org.dbmigrate.error.MigrationError;
import org.dbmigrate.internal.script.ScriptDirectory;
import org.junit.jupiter.api.Test;

/**
 * What Flyway and Liquibase users expect on day one (issue 15): SQL placeholders, callbacks,
 * schemas, clean, connections as users write them, and the guards on destructive commands. One thin
 * subclass per database.
 */
abstract class AbstractEverydayFeaturesTest extends DatabaseCommandTest {

    AbstractEverydayFeaturesTest() {
        super("day1");
    }

    MigrateConfig withPlaceholders(Map<String, String> values, boolean replace) {
        return config().toBuilder().sqlPlaceholders(new MigrateConfig.SqlPlaceholders(values, replace)).build();
    }

    // ---- placeholders ----

    @Test
    void placeholdersAreReplacedOnlineAndOfflineAndChecksumsAreOfTheFileAsWritten() throws Exception {
        files.add("001", "", "Things", String.join("\n",
                "CREATE TABLE ${Table} (id INT PRIMARY KEY, note VARCHAR(100));",
                "INSERT INTO ${table} VALUES (1, '${migrate:revision} ${migrate:filename}');",
                "INSERT INTO ${table} VALUES (2, '$${literal} ${migrate:version_table}');"),
                "DROP TABLE ${table};");
        MigrateConfig config = withPlaceholders(Map.of("table", "things"), true);

        StringBuilder sql = new StringBuilder();
        Migrator.create(config).upgrade(new UpgradeCommand.Options("head", null, true, sql, false));
        assertTrue(sql.toString().contains("CREATE TABLE things (id INT PRIMARY KEY"), sql.toString());
        assertFalse(sql.toString().contains("${table}"), sql.toString());

        Migrator.create(config).upgrade("head");
        assertEquals(List.of("001 001_things.sql", "${literal} migrate_version"),
                db.query("SELECT note FROM things ORDER BY id"));
        String asWritten = ScriptDirectory.load(config).script("001").checksum();
        assertEquals(List.of(asWritten), db.query("SELECT checksum FROM migrate_history"));

        // another value changes no checksum: the next upgrade finds nothing changed
        Migrator.create(withPlaceholders(Map.of("table", "others"), true)).upgrade("head");
        Migrator.create(config).downgrade(new DowngradeCommand.Options("base", null, false, null));
        assertFalse(db.allTables().contains("things"));
    }

    @Test
    void anUndefinedPlaceholderNamesFileAndLineAndTouchesNothing() throws Exception {
        files.add("001", "", "Things", "CREATE TABLE things (id INT);\nINSERT INTO things VALUES (${nope});",
                "DROP TABLE things;");
        MigrationError e = assertThrows(MigrationError.class,
                () -> Migrator.create(config()).upgrade("head"));
        assertTrue(e.getMessage().startsWith("versions/001_things.sql line 9: placeholder ${nope} has no value;"),
                e.getMessage());
        assertEquals(List.of(), List.copyOf(db.allTables()));

        MigrationError offline = assertThrows(MigrationError.class, () -> Migrator.create(config())
                .upgrade(new UpgradeCommand.Options("head", null, true, new StringBuilder(), false)));
        assertTrue(offline.getMessage().contains("line 9: placeholder ${nope}"), offline.getMessage());
    }

    @Test
    void replacementCanBeTurnedOff() throws Exception {
        files.add("001", "", "Things", "CREATE TABLE things (note VARCHAR(20));\n"
                + "INSERT INTO things VALUES ('${kept}');", "DROP TABLE things;");
        Migrator.create(withPlaceholders(Map.of(), false)).upgrade("head");
        assertEquals(List.of("${kept}"), db.query("SELECT note FROM things"));
    }

    @Test
    void populateScriptsUseThePlaceholdersToo() throws Exception {
        files.add("001", "", "Things", "CREATE TABLE things (note VARCHAR(40));", "DROP TABLE things;");
        Files.createDirectories(dir.resolve("populate"));
        Files.writeString(dir.resolve("populate/01_things.sql"),
                "INSERT INTO things VALUES ('${greeting} ${migrate:history_table}');\n");
        Migrator migrator = Migrator.create(withPlaceholders(Map.of("greeting", "hello"), true));
        migrator.upgrade("head");
        migrator.populate(new PopulateCommand.Options(false));
        assertEquals(List.of("hello migrate_history"), db.query("SELECT note FROM things"));
    }

    // ---- clean and the guards on destructive commands ----

    MigrateConfig withSafety(boolean cleanEnabled, boolean protect) {
        return config().toBuilder().safety(new MigrateConfig.Safety(cleanEnabled, protect)).build();
    }

    /** A view, a sequence-backed table and a routine where the database has them, beside the revisions. */
    abstract String extraObjects();

    @Test
    void cleanIsRefusedUnlessEnabledThenDropsEverythingAndSaysWhat() throws Exception {
        files.add("001", "", "Things", "CREATE TABLE things (id INT PRIMARY KEY);\n"
                + "CREATE TABLE parts (id INT PRIMARY KEY, thing INT REFERENCES things (id));\n"
                + "CREATE VIEW thing_view AS SELECT id FROM things;\n" + extraObjects(), null);
        Migrator.create(config()).upgrade("head");

        MigrationError refused = assertThrows(MigrationError.class, () -> Migrator.create(config()).clean());
        assertTrue(refused.getMessage().startsWith("clean is refused:"), refused.getMessage());
        assertTrue(refused.getMessage().contains("clean_enabled = true"), refused.getMessage());
        assertTrue(db.allTables().contains("things"));

        CleanCommand.Result result = Migrator.create(withSafety(true, false)).clean();
        assertEquals(List.of(), List.copyOf(db.allTables()));
        assertEquals(1, result.lines().size());
        String line = result.lines().get(0);
        assertTrue(line.contains("dropped ") && line.contains("1 views") && line.contains(" tables"), line);
        // at base again: the revisions apply from the start
        Migrator.create(config()).upgrade("head");
        assertEquals(List.of("001"), db.versions());
    }

    @Test
    void protectRefusesDestructiveCommandsOutright() throws Exception {
        files.add("001", "", "A", "CREATE TABLE a (id INT);", "DROP TABLE a;");
        files.add("002", "001", "B", "CREATE TABLE b (id INT);", "DROP TABLE b;");
        Migrator.create(config()).upgrade("head");
        Migrator guarded = Migrator.create(withSafety(true, true));

        for (Runnable command : List.<Runnable>of(guarded::clean,
                () -> guarded.downgrade(new DowngradeCommand.Options("base", null, false, null)),
                () -> guarded.downgrade(new DowngradeCommand.Options(null, 2, false, null)),
                () -> guarded.stamp(new StampCommand.Options(List.of("001"), true, false, null)))) {
            MigrationError e = assertThrows(MigrationError.class, command::run);
            assertTrue(e.getMessage().contains("is refused: the config sets 'protect = true'"), e.getMessage());
        }
        assertEquals(List.of("002"), db.versions());
        // one revision down is not destructive
        guarded.downgrade(new DowngradeCommand.Options("-1", null, false, null));
        assertEquals(List.of("001"), db.versions());
    }

    // ---- schemas ----

    /** Drops what a test created outside its own database (MySQL/MariaDB: a second database). */
    void dropOutside(String schema) throws Exception {
    }

    @Test
    void defaultSchemaHoldsTheTablesAndIsCreatedWhenAsked() throws Exception {
        String schema = db.name() + "_side";
        files.add("001", "", "Things",
                "CREATE TABLE things (id INT);\nINSERT INTO things VALUES (${migrate:revision});",
                "DROP TABLE things;");
        MigrateConfig plain = config().toBuilder().schemas(new MigrateConfig.Schemas(schema, false, List.of())).build();
        try {
            MigrationError missing = assertThrows(MigrationError.class, () -> Migrator.create(plain).upgrade("head"));
            assertTrue(missing.getMessage().startsWith("[migrate] default_schema = " + schema + " does not exist"),
                    missing.getMessage());

            MigrateConfig creating = config().toBuilder()
                    .schemas(new MigrateConfig.Schemas(schema, true, List.of()))
                    .safety(new MigrateConfig.Safety(true, false)).build();
            Migrator.create(creating).upgrade("head");
            assertEquals(List.of("1"), db.query("SELECT COUNT(*) FROM " + schema + ".things"));
            assertEquals(List.of("001"), db.query("SELECT version_num FROM " + schema + ".migrate_version"));
            assertFalse(db.allTables().contains("migrate_version"));

            assertEquals(List.of("schema:" + schema), db.query("SELECT revision FROM " + schema
                    + ".migrate_history WHERE direction = 'create_schema'"));

            CleanCommand.Result cleaned = Migrator.create(creating).clean();
            assertTrue(cleaned.lines().get(0).startsWith("Cleaned " + schema + ": dropped "), cleaned.lines().get(0));
            assertTrue(cleaned.lines().get(0).endsWith("; dropped the schema itself, which create_schemas had created"),
                    cleaned.lines().get(0));
            assertEquals(List.of("0"), db.query("SELECT COUNT(*) FROM information_schema.schemata WHERE "
                    + "lower(schema_name) = '" + schema.toLowerCase() + "'"));
            assertEquals(List.of("0"), db.query("SELECT COUNT(*) FROM information_schema.tables WHERE "
                    + "lower(table_schema) = '" + schema.toLowerCase() + "'"));
        } finally {
            dropOutside(schema);
        }
    }

    // ---- connections ----

    @Test
    void credentialsInTheUrlWinOverAnEmptyUserAndAConflictIsOneLine() throws Exception {
        files.add("001", "", "Things", "CREATE TABLE things (id INT);", "DROP TABLE things;");
        String separator = db.url().startsWith("jdbc:h2:") ? ";USER=" : db.url().contains("?") ? "&user=" : "?user=";
        String url = db.url() + separator + db.user();
        Migrator.create(config().toBuilder().url(url).user("").build()).upgrade("head");
        assertEquals(List.of("001"), db.versions());

        MigrationError conflict = assertThrows(MigrationError.class,
                () -> Migrator.create(config().toBuilder().url(url).user("someone_else").build()).upgrade("head"));
        assertEquals("the database user is set twice: '" + db.user() + "' in the URL and 'someone_else' in the user"
                + " setting ([database] user or -Dmigrate.user); remove one", conflict.getMessage());
    }

    @Test
    void initSqlRunsOnEveryNewConnectionAndABadOneIsOneLine() throws Exception {
        try (var c = db.connect(); var st = c.createStatement()) {
            st.execute("CREATE TABLE init_marks (id INT)");
        }
        files.add("001", "", "Things", "CREATE TABLE things (id INT);", "DROP TABLE things;");
        MigrateConfig marking = config().toBuilder()
                .connect(new MigrateConfig.Connect(0, null, "INSERT INTO init_marks VALUES (1)")).build();
        Migrator.create(marking).upgrade("head");
        assertTrue(Integer.parseInt(db.query("SELECT COUNT(*) FROM init_marks").get(0)) >= 1);

        MigrateConfig broken = config().toBuilder()
                .connect(new MigrateConfig.Connect(0, null, "SELECT * FROM no_such_table_here")).build();
        MigrationError e = assertThrows(MigrationError.class, () -> Migrator.create(broken).upgrade("head"));
        assertTrue(e.getMessage().startsWith("[migrate] init_sql failed on a new connection from "), e.getMessage());
        assertTrue(e.getMessage().endsWith("; fix init_sql (or -Dmigrate.initSql)"), e.getMessage());
    }

    @Test
    void connectRetriesTryAgainUntilTheDatabaseAnswers() throws Exception {
        files.add("001", "", "Things", "CREATE TABLE things (id INT);", "DROP TABLE things;");
        int[] attempts = {0};
        // a real database behind a DataSource that is "not up yet" for its first two attempts
        DataSource flaky = (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    if (!method.getName().equals("getConnection")) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    if (++attempts[0] <= 2) {
                        throw new SQLException("not up yet");
                    }
                    return db.connect();
                });
        MigrateConfig retrying = config().toBuilder()
                .connect(new MigrateConfig.Connect(2, Duration.ofSeconds(1), "")).build();
        Migrator.create(retrying, flaky).upgrade("head");
        assertEquals(List.of("001"), db.versions());
        assertTrue(attempts[0] >= 3);

        attempts[0] = -10;
        MigrateConfig once = config().toBuilder().connect(new MigrateConfig.Connect(1, Duration.ofSeconds(1),
                "")).build();
        assertThrows(RuntimeException.class, () -> Migrator.create(once, flaky).upgrade("head"));
    }

    // ---- callbacks ----

    private void callback(String name, String sql) throws Exception {
        Files.createDirectories(dir.resolve("callbacks"));
        Files.writeString(dir.resolve("callbacks/" + name), sql + "\n");
    }

    @Test
    void callbacksRunAroundTheRunAndEachRevisionOnlineAndOffline() throws Exception {
        callback("before_upgrade.sql", "CREATE TABLE IF NOT EXISTS audit (event VARCHAR(40));");
        callback("before_each_upgrade.sql", "INSERT INTO audit VALUES ('before ${migrate:revision}');");
        callback("after_each_upgrade.sql", "INSERT INTO audit VALUES ('after ${migrate:revision}');");
        callback("after_upgrade__done.sql", "INSERT INTO audit VALUES ('${who} done');");
        callback("after_upgrade_error.sql", "INSERT INTO audit VALUES ('failed');");
        callback("before_downgrade.sql", "INSERT INTO audit VALUES ('going down');");
        files.add("001", "", "A", "CREATE TABLE a (id INT);", "DROP TABLE a;");
        files.add("002", "001", "B", "CREATE TABLE b (id INT);", "DROP TABLE b;");
        MigrateConfig config = withPlaceholders(Map.of("who", "ann"), true);
        List<String> javaEvents = new ArrayList<>();
        Migrator migrator = Migrator.create(config)
                .withCallback((event, revision, connection) -> javaEvents.add(event.fileName() + " " + revision));

        StringBuilder sql = new StringBuilder();
        migrator.upgrade(new UpgradeCommand.Options("head", null, true, sql, false));
        String script = sql.toString();
        assertTrue(script.indexOf("CREATE TABLE IF NOT EXISTS audit") < script.indexOf("CREATE TABLE a ")
                && script.indexOf("INSERT INTO audit VALUES ('before 002')") < script.indexOf("CREATE TABLE b ")
                && script.contains("INSERT INTO audit VALUES ('ann done')")
                && !script.contains("'failed'"), script);

        migrator.upgrade("head");
        assertEquals(List.of("after 001", "after 002", "ann done", "before 001", "before 002"),
                db.query("SELECT event FROM audit ORDER BY event"));
        assertEquals(List.of("before_upgrade null", "before_each_upgrade 001", "after_each_upgrade 001",
                "before_each_upgrade 002", "after_each_upgrade 002", "after_upgrade null"), javaEvents);

        files.add("003", "002", "Broken", "CREATE TABLE c (id INT);\nINSERT INTO no_such_table VALUES (1);",
                "DROP TABLE c;");
        assertThrows(RuntimeException.class, () -> Migrator.create(config).upgrade("head"));
        assertTrue(db.query("SELECT event FROM audit").contains("failed"));
        if (db.tableExists("c")) {
            // DDL committed on its own (MariaDB, H2): the half-run revision is undone by hand and settled
            try (Connection c = db.connect(); Statement st = c.createStatement()) {
                st.execute("DROP TABLE c");
            }
            Migrator.create(config).resolve(new ResolveCommand.Options("003", false));
        }

        Migrator.create(config).downgrade(new DowngradeCommand.Options("-1", null, false, null));
        assertTrue(db.query("SELECT event FROM audit").contains("going down"));
    }

    @Test
    void aFileInCallbacksThatNamesNoEventIsOneLine() throws Exception {
        callback("before_upgrad.sql", "SELECT 1;");
        files.add("001", "", "A", "CREATE TABLE a (id INT);", "DROP TABLE a;");
        MigrationError e = assertThrows(MigrationError.class, () -> Migrator.create(config()).upgrade("head"));
        assertTrue(e.getMessage().startsWith("callbacks/before_upgrad.sql is not a callback name; name it after"
                + " its event, e.g. before_upgrade.sql, "), e.getMessage());
        assertEquals(List.of(), List.copyOf(db.allTables()));
    }

    @Test
    void javaRevisionsReadPlaceholdersOnlineAndOffline() throws Exception {
        JavaRevisionFiles.add(files, "001", "", "Things", String.join("\n",
                "op.createTable(op.placeholder(\"table\"), col(\"note\", varchar(40)));",
                "op.execute(\"INSERT INTO \" + op.placeholder(\"TABLE\") + \" VALUES ('\"",
                "        + op.placeholder(\"migrate:revision\") + \"')\");"), null);
        MigrateConfig config = withPlaceholders(Map.of("table", "things"), true);
        StringBuilder sql = new StringBuilder();
        Migrator.create(config).upgrade(new UpgradeCommand.Options("head", null, true, sql, false));
        assertTrue(sql.toString().contains("INSERT INTO things VALUES ('001')"), sql.toString());

        Migrator.create(config).upgrade("head");
        assertEquals(List.of("001"), db.query("SELECT note FROM things"));

        files.add("002", "001", "More", "SELECT 1;", "SELECT 1;");
        JavaRevisionFiles.add(files, "003", "002", "Missing", "op.execute(op.placeholder(\"nope\"));", null);
        MigrationError e = assertThrows(MigrationError.class, () -> Migrator.create(config).upgrade("head"));
        assertTrue(e.getMessage().contains("placeholder 'nope' has no value"), e.getMessage());
    }
}
