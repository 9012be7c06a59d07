package org.dbmigrate.internal.command;

import org.dbmigrate.command.DowngradeCommand;
import org.dbmigrate.command.UpgradeCommand;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.dbmigrate.Migrator;
import org.dbmigrate.config.MigrateConfig;
import org.dbmigrate.error.MigrationError;
import org.dbmigrate.internal.script.JavaRevisionCompiler;
import org.dbmigrate.internal.script.RevisionFileParser;
import org.dbmigrate.internal.script.ScriptDirectory;
import org.dbmigrate.runtime.MigrationListener;
import org.dbmigrate.runtime.StepError;
import org.dbmigrate.testsupport.JavaCommand;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 7: Java revisions in one graph with SQL revisions, on a real database: online upgrade and
 * downgrade, offline SQL run by the database's own client, compile errors, the class cache.
 * One thin subclass per database (STYLE 12).
 */
abstract class AbstractJavaRevisionTest extends DatabaseCommandTest {

    AbstractJavaRevisionTest() {
        super("java");
    }
    final List<String> progress = new ArrayList<>();

    @AfterEach
    void forgetCompiledClasses() throws Exception {
        // each test's sources are its own: leave no compiled classes behind in the user's cache
        try (Stream<Path> sources = Files.list(files.versions())) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Path cached = JavaRevisionCompiler.defaultCacheRoot()
                        .resolve(RevisionFileParser.checksum(Files.readString(source)));
                if (Files.isDirectory(cached)) {
                    try (Stream<Path> entries = Files.walk(cached)) {
                        entries.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                    }
                }
            }
        }
    }

    Migrator migrator() {
        MigrationListener listener = new MigrationListener() {
            @Override
            public void info(String line) {
                progress.add(line);
            }
        };
        return Migrator.create(new CommandContext(config(), db.connections(), listener, null));
    }

    /** A comment naming this test's database, so each test's sources (and cache folders) are new. */
    String unique() {
        return "// test database " + db.name() + "\n";
    }

    /** A statement this database runs only outside a transaction (PostgreSQL), else a plain one. */
    String outsideTransactionIndex() {
        return "CREATE INDEX ix_accounts_name ON accounts (name)";
    }

    // Issue 13: a Java revision whose transactional() is false runs outside a transaction, online and offline.
    @Test
    void javaRevisionOutsideATransaction() throws Exception {
        files.add("001", "", "Create accounts", "CREATE TABLE accounts (id INT PRIMARY KEY, name VARCHAR(20));",
                "DROP TABLE accounts;");
        String dropIndex = "DROP INDEX ix_accounts_name"
                + (db.url().startsWith("jdbc:mysql") || db.url().startsWith("jdbc:mariadb") ? " ON accounts" : "");
        String source = JavaRevisionFiles.source("002", "001", "Index accounts",
                unique() + "op.execute(\"" + outsideTransactionIndex() + "\");", "op.execute(\"" + dropIndex + "\");");
        files.write("002_index_accounts.java", source.substring(0, source.lastIndexOf('}'))
                + "\n    @Override\n    public boolean transactional() {\n        return false;\n    }\n}\n");
        StringWriter sql = new StringWriter();
        migrator().upgrade(new UpgradeCommand.Options("base:head", null, true, sql, false));
        Path script = dir.resolve("upgrade.sql");
        Files.writeString(script, sql.toString());
        db.runScript(script);
        assertEquals(List.of("002"), db.versions());
        migrator().downgrade(new DowngradeCommand.Options("001", null, false, null));
        migrator().upgrade("head");
        assertEquals(List.of("002"), db.versions());
        assertEquals(1, db.query("SELECT revision FROM migrate_history WHERE revision = '002' AND direction = 'upgrade'"
                + " AND success").size());
    }

    /** 001 SQL, 002 Java with a derived downgrade, 003 Java with its own downgrade and data code. */
    void mixedGraph() {
        files.add("001", "", "Create accounts", "CREATE TABLE accounts (id INT PRIMARY KEY, name VARCHAR(20));",
                "DROP TABLE accounts;");
        JavaRevisionFiles.add(files, "002", "001", "Add users", unique() + """
                op.createTable("users", col("id", integer()).primaryKey(), col("name", varchar(50)).notNull(),
                        col("score", decimal(8, 2)).defaultValue(0));
                op.addColumn("accounts", col("user_id", integer()));
                op.createIndex("ix_accounts_user", "accounts", "user_id");
                op.addForeignKey("fk_accounts_user", "accounts", "user_id", "users", "id");
                """, null);
        JavaRevisionFiles.add(files, "003", "002", "Seed users", unique() + """
                op.bulkInsert("users", List.of("id", "name"), row(1, "ann"), row(2, "bob"));
                op.execute("UPDATE users SET score = 1.5 WHERE id = 1");
                """, """
                op.execute("DELETE FROM users");
                """);
    }

    // issue 7: Java and SQL revisions upgrade and downgrade online through one graph
    @Test
    void upgradeAndDowngradeAMixedGraphOnline() throws Exception {
        mixedGraph();
        migrator().upgrade("head");
        assertEquals(List.of("003"), db.versions());
        assertEquals(List.of("Running upgrade  -> 001, Create accounts", "Running upgrade 001 -> 002, Add users",
                "Running upgrade 002 -> 003, Seed users"), progress);
        assertEquals(List.of("ann:1.50", "bob:0.00"),
                db.query("SELECT CONCAT(name, ':', score) FROM users ORDER BY id"));
        Path java = files.versions().resolve("002_add_users.java");
        assertEquals(List.of(RevisionFileParser.checksum(Files.readString(java))),
                db.query("SELECT checksum FROM migrate_history WHERE revision = '002'"));
        migrator().downgrade(new DowngradeCommand.Options("001", null, false, null));
        assertEquals(List.of("001"), db.versions());
        assertEquals(Set.of("accounts", "migrate_version"), db.schema().keySet());
        assertEquals(List.of("id", "name"), db.schema().get("accounts").stream().map(c -> c.split(" ")[0]).toList());
        migrator().downgrade(new DowngradeCommand.Options("base", null, false, null));
        assertEquals(Set.of("migrate_version"), db.schema().keySet());
    }

    // issue 7 / SPEC 8: the offline script of a mixed graph, run by psql / mysql / RunScript
    @Test
    void offlineSqlOfJavaRevisionsRunsInTheRealClient() throws Exception {
        mixedGraph();
        StringWriter sql = new StringWriter();
        migrator().upgrade(new UpgradeCommand.Options("base:head", null, true, sql, false));
        assertTrue(sql.toString().contains("-- Running upgrade 001 -> 002"), sql.toString());
        Path script = dir.resolve("upgrade.sql");
        Files.writeString(script, sql.toString());
        db.runScript(script);
        assertEquals(List.of("003"), db.versions());
        assertEquals(List.of("ann:1.50", "bob:0.00"),
                db.query("SELECT CONCAT(name, ':', score) FROM users ORDER BY id"));
        StringWriter down = new StringWriter();
        migrator().downgrade(new DowngradeCommand.Options("003:base", null, true, down));
        Path downScript = dir.resolve("downgrade.sql");
        Files.writeString(downScript, down.toString());
        db.runScript(downScript);
        assertEquals(Set.of(), db.schema().keySet());
    }

    // issue 7: a compile error is one line naming the file and line; nothing runs
    @Test
    void compileErrorNamesTheFileAndLine() throws Exception {
        files.add("001", "", "Create accounts", "CREATE TABLE accounts (id INT PRIMARY KEY);", "DROP TABLE accounts;");
        JavaRevisionFiles.add(files, "002", "001", "Broken", unique() + "\nop.createTable(\"x\", col(\"id\", integer())\n", null);
        MigrationError error = assertThrows(MigrationError.class, () -> migrator().upgrade("head"));
        assertEquals("versions/002_broken.java:19: cannot compile: ')' expected; fix the Java source", error.getMessage());
        assertFalse(db.allTables().contains("accounts"), "nothing ran");
    }

    // issue 7: op.connection() cannot be written as offline SQL; the message names the file
    @Test
    void connectionOfflineFailsNamingTheFile() {
        JavaRevisionFiles.add(files, "001", "", "Read data", unique() + """
                op.createTable("t", col("id", integer()));
                op.connection().createStatement().execute("SELECT 1");
                """, "op.dropTable(\"t\");");
        MigrationError error = assertThrows(MigrationError.class,
                () -> migrator().upgrade(new UpgradeCommand.Options("base:head", null, true, new StringWriter(), false)));
        assertEquals("versions/001_read_data.java: op.connection() needs a database connection, so it cannot be"
                + " written as offline SQL (--sql); run it online", error.getMessage());
    }

    // issue 7: the data hook offline names the file and the hook
    @Test
    void dataMigrationOfflineFailsNamingTheFile() {
        JavaRevisionFiles.add(files, "001", "", "Data hook", unique() + """
                op.migrateData("fix names", c -> c.createStatement().execute("SELECT 1"));
                """, "");
        MigrationError error = assertThrows(MigrationError.class,
                () -> migrator().upgrade(new UpgradeCommand.Options("base:head", null, true, new StringWriter(), false)));
        assertEquals("versions/001_data_hook.java: data migration \"fix names\" needs a database connection, so it"
                + " cannot be written as offline SQL (--sql); run it online", error.getMessage());
    }

    // issue 7: a downgrade derived from an operation without inverse fails before anything runs
    @Test
    void underivableDowngradeFailsBeforeRunning() throws Exception {
        files.add("001", "", "Create t", "CREATE TABLE t (id INT);", "DROP TABLE t;");
        JavaRevisionFiles.add(files, "002", "001", "Drop t", unique() + "op.dropTable(\"t\");", null);
        files.add("003", "002", "Create u", "CREATE TABLE u (id INT);", "DROP TABLE u;");
        migrator().upgrade("head");
        MigrationError error = assertThrows(MigrationError.class,
                () -> migrator().downgrade(new DowngradeCommand.Options("base", null, false, null)));
        assertEquals("versions/002_drop_t.java: cannot derive the downgrade: drop table t has no inverse (its columns"
                + " are not known; pass the definition: op.dropTable(table(\"t\", col(...), ...))); or write"
                + " downgrade(Operations op)", error.getMessage());
        assertEquals(List.of("003"), db.versions(), "nothing ran");
        assertTrue(db.allTables().contains("u"));
    }

    // issue 7: a failing operation names the file and the revision's line, like a SQL statement
    @Test
    void failingOperationNamesTheFileAndLine() {
        JavaRevisionFiles.add(files, "001", "", "Bad", unique() + """
                op.createTable("t", col("id", integer()));
                op.execute("INSERT INTO no_such_table VALUES (1)");
                """, null);
        StepError error = assertThrows(StepError.class, () -> migrator().upgrade("head"));
        assertTrue(error.getMessage().startsWith("upgrade  -> 001 failed at versions/001_bad.java line 19: "),
                error.getMessage());
    }

    // issue 7: loading the graph compiles nothing; the first run compiles into the cache; the next reuses it
    @Test
    void classesAreCachedByContentHash() throws Exception {
        mixedGraph();
        Path file = files.versions().resolve("002_add_users.java");
        Path cached = JavaRevisionCompiler.defaultCacheRoot().resolve(RevisionFileParser.checksum(Files.readString(file)));
        ScriptDirectory.load(config());
        assertFalse(Files.exists(cached), "loading the graph compiles nothing");
        migrator().upgrade("002");
        Path classFile = cached.resolve("Revision002.class");
        assertTrue(Files.isRegularFile(classFile), "compiled into " + cached);
        FileTime old = FileTime.fromMillis(86_400_000L);
        Files.setLastModifiedTime(classFile, old);
        migrator().downgrade(new DowngradeCommand.Options("base", null, false, null));
        migrator().upgrade("head");
        assertEquals(List.of("003"), db.versions());
        assertEquals(old, Files.getLastModifiedTime(classFile), "the cached class was used, not recompiled");
        try (Stream<Path> entries = Files.list(cached)) {
            assertEquals(Set.of("Revision002.class", "migration-class"),
                    Set.copyOf(entries.map(p -> p.getFileName().toString()).toList()));
        }
    }

    // Scenario (issue 14.3): a revision that calls System.exit(0) must not look like success.
    @Test
    void aRevisionThatExitsTheProgramIsAFailure() throws Exception {
        JavaRevisionFiles.add(files, "001", "", "Quit", unique() + """
                op.createTable("t", col("id", integer()));
                System.exit(0);
                """, null);
        Process deployer = new ProcessBuilder(JavaCommand.onTestClassPath(UpgradeMain.class, db.url(), db.user(),
                dir.toString())).redirectErrorStream(true).start();
        String output = new String(deployer.getInputStream().readAllBytes());
        assertTrue(deployer.waitFor(120, TimeUnit.SECONDS));
        assertEquals(1, deployer.exitValue(), output);
        assertTrue(output.contains("FAILED: upgrade  -> 001 (versions/001_quit.java) called System.exit, so the"
                + " revision did not finish"), output);
        // H2 may not have flushed its file when the program stopped: no version table is no version too
        assertEquals(List.of(), db.tableExists("migrate_version") ? db.versions() : List.of(),
                "the version was not moved");
    }

    // Scenario (issue 14.3): a revision that never ends is stopped by revision_timeout and lets the lock go.
    @Test
    void aRevisionThatLoopsForeverIsStoppedByRevisionTimeout() throws Exception {
        JavaRevisionFiles.add(files, "001", "", "Spin", unique() + """
                op.createTable("t", col("id", integer()));
                while (true) {
                    Thread.onSpinWait();
                }
                """, null);
        MigrateConfig limited = config().toBuilder().revisionTimeout(Duration.ofSeconds(2))
                .lockTimeout(Duration.ofSeconds(5)).build();
        Migrator migrator = Migrator.create(new CommandContext(limited, db.connections(), null, null));
        long start = System.nanoTime();
        MigrationError error = assertThrows(MigrationError.class, () -> migrator.upgrade("head"));
        assertTrue(System.nanoTime() - start < 60_000_000_000L, "gave up in time");
        assertTrue(error.getMessage().startsWith("versions/001_spin.java: upgrade  -> 001 ran longer than"
                + " revision_timeout = 2 s ([migrate] revision_timeout)"), error.getMessage());
        // the lock is free again: another command takes it at once (and finds the revision unfinished where DDL
        // commits on its own, or runs it again where the transaction was discarded)
        MigrationError next = assertThrows(MigrationError.class, () -> migrator.upgrade("head"));
        assertFalse(next.getMessage().contains("lock_timeout"), next.getMessage());
    }
}
