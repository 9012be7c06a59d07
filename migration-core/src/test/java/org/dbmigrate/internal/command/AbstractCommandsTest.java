package org.dbmigrate.internal.command;

import org.dbmigrate.command.CurrentCommand;
import org.dbmigrate.command.DowngradeCommand;
import org.dbmigrate.command.HeadsCommand;
import org.dbmigrate.command.PopulateCommand;
import org.dbmigrate.command.StampCommand;
import org.dbmigrate.command.UpgradeCommand;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.dbmigrate.Migrator;
import org.dbmigrate.config.MigrateConfig;
import org.dbmigrate.error.MigrationError;
import org.dbmigrate.internal.runtime.RuntimeTestConfig;
import org.dbmigrate.internal.runtime.TestDatabase;
import org.dbmigrate.runtime.ChangedScriptsError;
import org.dbmigrate.runtime.MigrationListener;
import org.dbmigrate.runtime.StepError;
import org.dbmigrate.testsupport.JavaCommand;
import org.junit.jupiter.api.Test;

/**
 * upgrade, downgrade, current, stamp and populate end to end: revision files in a temp folder, a
 * fresh database per test. One thin subclass per database (STYLE 12).
 */
abstract class AbstractCommandsTest extends DatabaseCommandTest {

    AbstractCommandsTest() {
        super("cmd");
    }
    final List<String> progress = new ArrayList<>();

    /** True where a failed revision's DDL is rolled back (PostgreSQL). */
    abstract boolean rollsBackDdl();

    Migrator migrator() {
        return migrator(config(), db);
    }

    Migrator migrator(MigrateConfig config, TestDatabase target) {
        MigrationListener listener = new MigrationListener() {
            @Override
            public void info(String line) {
                progress.add(line);
            }
        };
        return Migrator.create(new CommandContext(config, target.connections(), listener, null));
    }

    void threeRevisions() {
        files.add("001", "", "Create a", "CREATE TABLE a (id INT PRIMARY KEY);", "DROP TABLE a;");
        files.add("002", "001", "Create b", "CREATE TABLE b (id INT PRIMARY KEY, a_id INT);", "DROP TABLE b;");
        files.add("003", "002", "Create c", "CREATE TABLE c (id INT PRIMARY KEY);\nINSERT INTO c (id) VALUES (1);",
                "DROP TABLE c;");
    }

    UpgradeCommand.Options upgrade(String target) {
        return new UpgradeCommand.Options(target, null, false, null, false);
    }

    DowngradeCommand.Options downgrade(String target) {
        return new DowngradeCommand.Options(target, null, false, null);
    }

    StampCommand.Options stamp(boolean purge, String... targets) {
        return new StampCommand.Options(List.of(targets), purge, false, null);
    }

    List<String> history() throws Exception {
        return db.query("SELECT CONCAT(revision, ':', direction, ':', CASE WHEN success THEN 'ok' ELSE 'failed' END)"
                + " FROM migrate_history ORDER BY id");
    }

    @Test
    void upgradeHeadRunsEveryRevisionAndReportsEachStep() throws Exception {
        threeRevisions();
        migrator().upgrade((String) null);
        assertEquals(List.of("003"), db.versions());
        assertEquals(Set.of("a", "b", "c", "migrate_version"), db.schema().keySet());
        assertEquals(List.of("Running upgrade  -> 001, Create a", "Running upgrade 001 -> 002, Create b",
                "Running upgrade 002 -> 003, Create c"), progress);
        assertEquals(List.of("001:upgrade:ok", "002:upgrade:ok", "003:upgrade:ok"), history());
        migrator().upgrade("head");
        assertEquals(3, history().size(), "nothing to do the second time");
    }

    @Test
    void upgradeByOneByDeltaAndToAnId() throws Exception {
        threeRevisions();
        files.add("004", "003", "Create d", "CREATE TABLE d (id INT);", "DROP TABLE d;");
        migrator().upgrade("+1");
        assertEquals(List.of("001"), db.versions());
        migrator().upgrade(new UpgradeCommand.Options(null, 2, false, null, false));
        assertEquals(List.of("003"), db.versions());
        migrator().upgrade("004");
        assertEquals(List.of("004"), db.versions());
    }

    @Test
    void downgradeByDeltaThenToBase() throws Exception {
        threeRevisions();
        migrator().upgrade("head");
        migrator().downgrade(new DowngradeCommand.Options(null, 1, false, null));
        assertEquals(List.of("002"), db.versions());
        assertFalse(db.schema().containsKey("c"));
        migrator().downgrade(downgrade("base"));
        assertEquals(List.of(), db.versions());
        assertEquals(Set.of("migrate_version"), db.schema().keySet());
        assertTrue(progress.contains("Running downgrade 001 -> , Create a"), progress.toString());
        assertEquals(List.of("001:upgrade:ok", "002:upgrade:ok", "003:upgrade:ok", "003:downgrade:ok",
                "002:downgrade:ok", "001:downgrade:ok"), history());
    }

    // Scenario: two independent branches; downgrading one leaves the other alone.
    @Test
    void downgradeOneBranchOfTwo() throws Exception {
        files.add("a1", "", "a", "Branch a", "CREATE TABLE ta (id INT);", "DROP TABLE ta;");
        files.add("a2", "a1", "Branch a more", "CREATE TABLE ta2 (id INT);", "DROP TABLE ta2;");
        files.add("b1", "", "b", "Branch b", "CREATE TABLE tb (id INT);", "DROP TABLE tb;");
        migrator().upgrade("heads");
        assertEquals(List.of("a2", "b1"), db.versions());
        migrator().downgrade(downgrade("a@base"));
        assertEquals(List.of("b1"), db.versions());
        assertEquals(Set.of("tb", "migrate_version"), db.schema().keySet());
    }

    @Test
    void currentPrintsEachVersionRowAndNothingWithoutOne() throws Exception {
        threeRevisions();
        assertEquals(List.of(), migrator().current(new CurrentCommand.Options(false)).lines());
        assertFalse(db.allTables().contains("migrate_version"), "current creates nothing");
        migrator().upgrade("+1");
        assertEquals(List.of("001"), migrator().current(new CurrentCommand.Options(false)).lines());
        migrator().upgrade("head");
        CurrentCommand.Result result = migrator().current(new CurrentCommand.Options(false));
        assertEquals(List.of("003 (head)"), result.lines());
        assertEquals(List.of("003"), result.heads());
        List<String> verbose = migrator().current(new CurrentCommand.Options(true)).lines();
        assertEquals("Rev: 003 (head)", verbose.get(0));
        assertEquals("Parent: 002", verbose.get(1));
    }

    // Scenario: SPEC 4, a release name is a valid id: 'stamp icehouse'.
    @Test
    void stampAReleaseNameRunsNothing() throws Exception {
        files.add("icehouse", "", "Icehouse", "CREATE TABLE ice (id INT);", "DROP TABLE ice;");
        files.add("juno", "icehouse", "Juno", "CREATE TABLE juno (id INT);", "DROP TABLE juno;");
        migrator().stamp(stamp(false, "icehouse"));
        assertEquals(List.of("icehouse"), db.versions());
        assertEquals(Set.of("migrate_version"), db.schema().keySet(), "stamp runs no revision");
        migrator().upgrade("head");
        assertEquals(List.of("juno"), db.versions());
        assertEquals(Set.of("juno", "migrate_version"), db.schema().keySet());
        assertEquals(List.of("icehouse:stamp:ok", "juno:upgrade:ok"), history());
    }

    @Test
    void stampSeveralRevisionsAndPurge() throws Exception {
        files.add("a1", "", "a", "Branch a", "CREATE TABLE ta (id INT);", "DROP TABLE ta;");
        files.add("b1", "", "b", "Branch b", "CREATE TABLE tb (id INT);", "DROP TABLE tb;");
        migrator().stamp(stamp(false, "a1", "b1"));
        assertEquals(List.of("a1", "b1"), db.versions());
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO migrate_version (version_num) VALUES ('gone')");
        }
        migrator().stamp(stamp(true, "b1"));
        assertEquals(List.of("b1"), db.versions());
    }

    // Scenario: SPEC 7, an applied file edited later stops upgrade until the change is accepted.
    @Test
    void changedAppliedFileStopsUpgradeUntilAccepted() throws Exception {
        threeRevisions();
        migrator().upgrade("002");
        Path first = files.versions().resolve("001_create_a.sql");
        Files.writeString(first, Files.readString(first) + "-- reviewed\n");
        ChangedScriptsError e = assertThrows(ChangedScriptsError.class, () -> migrator().upgrade("head"));
        assertTrue(e.getMessage().startsWith("an applied revision file changed after it ran: versions/001_create_a.sql"
                + " (revision 001)"), e.getMessage());
        assertTrue(e.getMessage().contains("--accept-changed"), e.getMessage());
        assertEquals(List.of("002"), db.versions(), "nothing ran");
        migrator().upgrade(new UpgradeCommand.Options("head", null, false, null, true));
        assertEquals(List.of("003"), db.versions());
        assertEquals(List.of("001:upgrade:ok", "002:upgrade:ok", "001:stamp:ok", "003:upgrade:ok"), history());
        migrator().upgrade("head"); // accepted: no complaint any more
    }

    // Scenario: SPEC 7, check-migration reports an applied file that changed.
    @Test
    void checkMigrationReportsAChangedAppliedFile() throws Exception {
        threeRevisions();
        Files.writeString(files.versions().resolve("HEAD"), "003\n");
        migrator().upgrade("head");
        migrator().checkMigration();
        Path second = files.versions().resolve("002_create_b.sql");
        Files.writeString(second, Files.readString(second).replace("a_id INT", "a_id BIGINT"));
        ChangedScriptsError e = assertThrows(ChangedScriptsError.class, () -> migrator().checkMigration());
        assertTrue(e.getMessage().contains("versions/002_create_b.sql (revision 002)"), e.getMessage());
    }

    @Test
    void downgradeIsRefusedWhenDisabled() throws Exception {
        threeRevisions();
        migrator().upgrade("head");
        MigrationError e = assertThrows(MigrationError.class,
                () -> migrator(RuntimeTestConfig.withDowngrade(config(), false), db).downgrade(downgrade("base")));
        assertTrue(e.getMessage().contains("'downgrade = false'"), e.getMessage());
        assertEquals(List.of("003"), db.versions());
    }

    // Scenario: SPEC 6, a user's mistake leaves the database as it was.
    @Test
    void unknownTargetLeavesTheDatabaseUntouched() throws Exception {
        threeRevisions();
        assertThrows(MigrationError.class, () -> migrator().upgrade("nosuch"));
        assertEquals(Set.of(), db.allTables());
    }

    @Test
    void brokenFileLeavesTheDatabaseUntouched() throws Exception {
        threeRevisions();
        files.write("004_broken.sql", "-- Broken\n--\n-- Revision: 004\n-- Revises: 999\n\n-- migrate:upgrade\nCREATE TABLE x (id INT);\n");
        assertThrows(MigrationError.class, () -> migrator().upgrade("head"));
        assertEquals(Set.of(), db.allTables());
    }

    // Issue 12: files are split only when a plan needs them, yet still before anything runs.
    @Test
    void unsplittableFileFailsTheUpgradeBeforeAnythingRuns() throws Exception {
        threeRevisions();
        files.add("004", "003", "Broken", "SELECT 'x;", "");
        assertEquals(List.of("004"), migrator().heads(new HeadsCommand.Options(false)).heads(),
                "graph commands read the headers only");
        MigrationError e = assertThrows(MigrationError.class, () -> migrator().upgrade("head"));
        assertTrue(e.getMessage().startsWith("versions/004_broken.sql:")
                && e.getMessage().contains("unterminated string"), e.getMessage());
        assertEquals(Set.of(), db.allTables());
    }

    @Test
    void failingRevisionNamesFileAndLine() throws Exception {
        threeRevisions();
        files.add("004", "003", "Bad", "CREATE TABLE d (id INT);\nINSERT INTO no_such_table VALUES (1);", "DROP TABLE d;");
        StepError e = assertThrows(StepError.class, () -> migrator().upgrade("head"));
        assertEquals(List.of("003"), db.versions());
        assertTrue(e.getMessage().startsWith("upgrade 003 -> 004 failed at versions/004_bad.sql line 9: "),
                e.getMessage());
        assertEquals(rollsBackDdl(), !db.schema().containsKey("d"));
        assertEquals("004:upgrade:failed", history().get(history().size() - 1));
    }

    @Test
    void downgradeSqlNeedsARange() {
        threeRevisions();
        MigrationError e = assertThrows(MigrationError.class,
                () -> migrator().downgrade(new DowngradeCommand.Options("base", null, true, new StringBuilder())));
        assertTrue(e.getMessage().startsWith("downgrade --sql needs a range start:end"), e.getMessage());
    }

    // Scenario: SPEC 8, 'upgrade head --sql' run by psql/mysql/RunScript equals an online upgrade.
    @Test
    void offlineUpgradeHeadMatchesOnlineUpgrade() throws Exception {
        threeRevisions();
        StringBuilder sql = new StringBuilder();
        UpgradeCommand.Result result = migrator().upgrade(new UpgradeCommand.Options("head", null, true, sql, false));
        assertEquals(3, result.plan().steps().size());
        assertFalse(db.allTables().contains("migrate_version"), "no connection in --sql mode");
        assertTrue(sql.toString().contains("-- Running upgrade 001 -> 002\n"), sql.toString());
        Path file = dir.resolve("upgrade.sql");
        Files.writeString(file, sql);
        db.runScript(file);
        try (TestDatabase online = newDatabase("cmdonline")) {
            migrator(RuntimeTestConfig.of(online, dir), online).upgrade("head");
            assertEquals(online.schema(), db.schema());
            assertEquals(online.versions(), db.versions());
        }
    }

    // Scenario: SPEC 8 ranges: 'upgrade 001:003 --sql' and 'downgrade 003:001 --sql'.
    @Test
    void offlineRangesUpAndDown() throws Exception {
        threeRevisions();
        migrator().upgrade("001");
        Path up = dir.resolve("up.sql");
        StringBuilder upSql = new StringBuilder();
        migrator().upgrade(new UpgradeCommand.Options("001:003", null, true, upSql, false));
        assertFalse(upSql.toString().contains("CREATE TABLE migrate_version"), "not from base");
        Files.writeString(up, upSql);
        db.runScript(up);
        assertEquals(List.of("003"), db.versions());
        Map<String, List<String>> atHead = db.schema();

        Path down = dir.resolve("down.sql");
        StringBuilder downSql = new StringBuilder();
        migrator().downgrade(new DowngradeCommand.Options("003:001", null, true, downSql));
        Files.writeString(down, downSql);
        db.runScript(down);
        assertEquals(List.of("001"), db.versions());
        try (TestDatabase online = newDatabase("cmdonline")) {
            migrator(RuntimeTestConfig.of(online, dir), online).upgrade("001");
            assertEquals(online.schema(), db.schema());
            migrator(RuntimeTestConfig.of(online, dir), online).upgrade("head");
            assertEquals(online.schema(), atHead);
        }
    }

    @Test
    void offlineStampWritesVersionRows() throws Exception {
        files.add("icehouse", "", "Icehouse", "CREATE TABLE ice (id INT);", "DROP TABLE ice;");
        StringBuilder sql = new StringBuilder();
        migrator().stamp(new StampCommand.Options(List.of("icehouse"), false, true, sql));
        Path file = dir.resolve("stamp.sql");
        Files.writeString(file, sql);
        db.runScript(file);
        assertEquals(List.of("icehouse"), db.versions());
        assertEquals(Set.of("migrate_version"), db.schema().keySet());
    }

    // Issue 13: stamp --sql START:END moves the rows START names, as Alembic's does.
    @Test
    void offlineStampFromAStartRevision() throws Exception {
        files.add("001", "", "One", "CREATE TABLE one (id INT);", "DROP TABLE one;");
        files.add("002", "001", "Two", "CREATE TABLE two (id INT);", "DROP TABLE two;");
        files.add("003", "002", "Three", "CREATE TABLE three (id INT);", "DROP TABLE three;");
        migrator().stamp(stamp(false, "001"));
        StringBuilder sql = new StringBuilder();
        migrator().stamp(new StampCommand.Options(List.of("001:003"), false, true, sql));
        assertFalse(sql.toString().contains("CREATE TABLE migrate_version"), "the table exists at START");
        Path file = dir.resolve("stamp.sql");
        Files.writeString(file, sql);
        db.runScript(file);
        assertEquals(List.of("003"), db.versions());
        MigrationError twoStarts = assertThrows(MigrationError.class, () -> migrator()
                .stamp(new StampCommand.Options(List.of("001:002", "002:003"), false, true, new StringBuilder())));
        assertTrue(twoStarts.getMessage().contains("one starting revision"), twoStarts.getMessage());
    }

    // Issue 13: --purge with --sql is refused, as by Alembic: the script cannot know the rows.
    @Test
    void offlineStampRefusesPurge() {
        files.add("001", "", "One", "CREATE TABLE one (id INT);", "DROP TABLE one;");
        StringBuilder sql = new StringBuilder();
        MigrationError e = assertThrows(MigrationError.class,
                () -> migrator().stamp(new StampCommand.Options(List.of("001"), true, true, sql)));
        assertTrue(e.getMessage().startsWith("stamp --sql cannot --purge"), e.getMessage());
        assertEquals("", sql.toString());
    }

    // Scenario: populate runs changed scripts only, each once, unless forced.
    @Test
    void populateRunsChangedScriptsOnly() throws Exception {
        files.add("001", "", "Colors", "CREATE TABLE colors (name VARCHAR(20));\nCREATE TABLE sizes (name VARCHAR(20));",
                "DROP TABLE sizes;\nDROP TABLE colors;");
        migrator().upgrade("head");
        Path populate = Files.createDirectories(dir.resolve("populate"));
        Files.writeString(populate.resolve("01_colors.sql"), "DELETE FROM colors;\nINSERT INTO colors VALUES ('red');\n");
        Files.writeString(populate.resolve("02_sizes.sql"), "DELETE FROM sizes;\nINSERT INTO sizes VALUES ('S');\n");
        PopulateCommand.Options normal = new PopulateCommand.Options(false);
        assertEquals(List.of("01_colors.sql", "02_sizes.sql"), migrator().populate(normal).ran());
        assertEquals(List.of(), migrator().populate(normal).ran());
        Files.writeString(populate.resolve("02_sizes.sql"), "DELETE FROM sizes;\nINSERT INTO sizes VALUES ('M');\n");
        assertEquals(List.of("02_sizes.sql"), migrator().populate(normal).ran());
        assertEquals(List.of("M"), db.query("SELECT name FROM sizes"));
        assertEquals(List.of("01_colors.sql", "02_sizes.sql"), migrator().populate(new PopulateCommand.Options(true)).ran());
        assertEquals(List.of("red"), db.query("SELECT name FROM colors"));
    }

    // Scenario: SPEC 7, eight deployers at once apply every revision exactly once.
    @Test
    void eightConcurrentDeployersApplyEachRevisionOnce() throws Exception {
        eightConcurrentDeployers("advisory");
    }

    // Scenario: issue 17, lock = table (a lock row instead of a session lock) under the same eight deployers.
    @Test
    void eightConcurrentDeployersWithTheTableLockApplyEachRevisionOnce() throws Exception {
        eightConcurrentDeployers("table");
        assertEquals(List.of(), db.query("SELECT owner FROM migrate_version_locks"), "every deployer released it");
    }

    private void eightConcurrentDeployers(String lock) throws Exception {
        for (int i = 1; i <= 10; i++) {
            String id = String.format("%03d", i);
            String parent = i == 1 ? "" : String.format("%03d", i - 1);
            files.add(id, parent, "Table " + i, "CREATE TABLE t" + i + " (id INT);", "DROP TABLE t" + i + ";");
        }
        List<Process> processes = new ArrayList<>();
        // An open connection, as a running application keeps: H2's AUTO_SERVER then serves every
        // deployer from this JVM (eight processes opening one H2 file at the same instant race on
        // H2's own file lock before our lock is ever reached).
        try (Connection application = db.connect()) {
            startAndWait(processes, lock);
        }
        assertEquals(List.of("010"), db.versions());
        List<String> rows = history();
        assertEquals(10, rows.size(), rows.toString());
        assertEquals(10, rows.stream().filter(r -> r.endsWith(":upgrade:ok")).collect(Collectors.toSet()).size());
    }

    private void startAndWait(List<Process> processes, String lock) throws Exception {
        for (int i = 0; i < 8; i++) {
            processes.add(new ProcessBuilder(JavaCommand.onTestClassPath(UpgradeMain.class, db.url(), db.user(),
                    dir.toString(), lock))
                    .redirectErrorStream(true).redirectOutput(dir.resolve("deployer" + i + ".log").toFile()).start());
        }
        for (int i = 0; i < processes.size(); i++) {
            Process p = processes.get(i);
            assertTrue(p.waitFor(180, TimeUnit.SECONDS), "deployer " + i + " finished");
            assertEquals(0, p.exitValue(), "deployer " + i + ": " + Files.readString(dir.resolve("deployer" + i + ".log")));
        }
    }
}
