package org.dbmigrate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 5: the real db-manage jar, run as a deployer runs it, against one database per test. One
 * subclass per database (H2, PostgreSQL, MariaDB). Every output of every run is checked for the
 * password afterwards.
 */
abstract class AbstractDbManageIT {

    @TempDir
    Path dir;

    private TestDatabase database;
    private DbManageProcess process;
    private final List<CliRun> runs = new ArrayList<>();

    abstract TestDatabase createDatabase(Path folder) throws Exception;

    @BeforeEach
    void createProject() throws Exception {
        database = createDatabase(dir);
        MigrationsProject.write(dir, database);
        process = new DbManageProcess(dir, Map.of("DB_PASSWORD", TestDatabase.PASSWORD));
    }

    @AfterEach
    void passwordWasNeverPrintedAndDatabaseIsDropped() throws Exception {
        try {
            for (CliRun run : runs) {
                assertFalse(run.out().contains(TestDatabase.PASSWORD) || run.err().contains(TestDatabase.PASSWORD),
                        () -> "the password was printed:\n" + run);
            }
        } finally {
            database.close();
        }
    }

    TestDatabase database() {
        return database;
    }

    /** {@code db-manage --config-file app.conf args...} */
    CliRun dbManage(String... args) {
        List<String> all = new ArrayList<>(List.of("--config-file", MigrationsProject.CONFIG));
        all.addAll(List.of(args));
        CliRun run = process.run(all.toArray(String[]::new));
        runs.add(run);
        return run;
    }

    CliRun ok(String... args) {
        CliRun run = dbManage(args);
        assertEquals(ExitCode.OK, run.exitCode(), () -> String.join(" ", args) + "\n" + run);
        return run;
    }

    static void assertFailedOneLine(CliRun run, String... fragments) {
        assertEquals(ExitCode.FAILED, run.exitCode(), run::toString);
        assertTrue(run.err().startsWith("FAILED: "), run::toString);
        assertEquals(1, run.err().lines().count(), run::toString);
        for (String fragment : fragments) {
            assertTrue(run.err().contains(fragment), () -> "expected '" + fragment + "' in\n" + run);
        }
        assertFalse(run.err().contains("\tat "), run::toString);
    }

    private String current() {
        return ok("current").out().strip();
    }

    @Test
    void stampIcehouseThenUpgradeHeadThenCurrent() throws Exception {
        ok("stamp", "icehouse");
        assertEquals(List.of("icehouse"), database.versionRows());
        CliRun upgrade = ok("upgrade", "head");
        assertTrue(upgrade.err().contains("Running upgrade icehouse -> 002, Add users table"), upgrade::toString);
        assertTrue(upgrade.err().contains("Running upgrade 003 -> 004, Add order total"), upgrade::toString);
        assertEquals("004 (head)", current());
        assertTrue(database.tableExists("orders"));
        assertFalse(database.tableExists("clusters")); // stamped, never run
    }

    @Test
    void currentOnAnEmptyDatabasePrintsNothing() {
        assertEquals("", ok("current").out());
    }

    @Test
    void upgradeHeadSqlPrintsOnlySqlThatBuildsTheSchema() throws Exception {
        CliRun sql = ok("upgrade", "head", "--sql");
        assertFalse(database.tableExists("migrate_version"), "--sql must not touch the database");
        assertOnlySql(sql.out());
        assertTrue(sql.out().contains("-- Running upgrade icehouse -> 002"), sql::toString);
        Path script = Files.writeString(dir.resolve("upgrade.sql"), sql.out());
        database.applyScript(script);
        assertEquals(List.of("004"), database.versionRows());
        assertTrue(database.tableExists("clusters"));
        assertTrue(database.tableExists("orders"));
    }

    @Test
    void upgradeStartEndSqlCoversOnlyTheRange() throws Exception {
        ok("upgrade", "002");
        CliRun sql = ok("upgrade", "002:004", "--sql");
        assertOnlySql(sql.out());
        assertTrue(sql.out().contains("-- Running upgrade 002 -> 003"), sql::toString);
        assertTrue(sql.out().contains("-- Running upgrade 003 -> 004"), sql::toString);
        assertFalse(sql.out().contains("-> 002"), sql::toString);
        assertEquals(List.of("002"), database.versionRows());
        database.applyScript(Files.writeString(dir.resolve("range.sql"), sql.out()));
        assertEquals(List.of("004"), database.versionRows());
        assertEquals("004 (head)", current());
    }

    @Test
    void upgradeDeltaThenPlusOne() {
        ok("stamp", "icehouse");
        ok("upgrade", "--delta", "2");
        assertEquals("003", current());
        CliRun quiet = ok("-q", "upgrade", "+1");
        assertEquals("", quiet.err(), quiet::toString);
        assertEquals("004 (head)", current());
    }

    @Test
    void changedAppliedFileStopsUpgradeUntilAccepted() throws Exception {
        ok("upgrade", "head");
        Path file = dir.resolve("migrations/versions/003_add_orders.sql");
        Files.writeString(file, Files.readString(file).replace("user_id INT NOT NULL", "user_id BIGINT NOT NULL"));
        assertFailedOneLine(dbManage("upgrade", "head"), "003_add_orders.sql");
        assertFailedOneLine(dbManage("check_migration"), "003_add_orders.sql");
        ok("upgrade", "head", "--accept-changed");
        ok("upgrade", "head");
        ok("check_migration");
    }

    @Test
    void downgradeDeltaThenMinusOne() throws Exception {
        ok("upgrade", "head");
        CliRun downgrade = ok("downgrade", "--delta", "2");
        assertTrue(downgrade.err().contains("Running downgrade 004 -> 003"), downgrade::toString);
        assertEquals("002", current());
        assertFalse(database.tableExists("orders"));
        ok("downgrade", "-1");
        assertEquals("icehouse", current());
        assertFalse(database.tableExists("users"));
    }

    @Test
    void revisionWritesTheNextSequentialFileAndHead() throws Exception {
        ok("revision", "-m", "Add widgets");
        Path versions = dir.resolve("migrations/versions");
        try (Stream<Path> files = Files.list(versions)) {
            assertEquals(1, files.filter(f -> f.getFileName().toString().startsWith("005_")).count());
        }
        assertEquals("005", Files.readString(versions.resolve("HEAD")).strip());
        assertEquals("005 (head)", ok("heads").out().strip());
        ok("check_migration");
    }

    @Test
    void revisionAutogenerateOnADatabaseBehindHeadIsRefused() {
        assertFailedOneLine(dbManage("revision", "--autogenerate", "-m", "From the model"),
                "Target database is not up to date: it is at base but head is 004");
    }

    /** Issue 6: check passes on a model equal to the database, lists each difference, autogenerate fixes it. */
    @Test
    void checkListsEachDifferenceAndAutogenerateResolvesThem() throws Exception {
        ok("upgrade", "head");
        String atHead = "CREATE TABLE clusters (id INT PRIMARY KEY, name VARCHAR(50) NOT NULL);\n"
                + "CREATE TABLE orders (id INT PRIMARY KEY, user_id INT NOT NULL, total INT);\n";
        MigrationsProject.write(dir.resolve("schema.sql"), atHead
                + "CREATE TABLE users (id INT PRIMARY KEY, name VARCHAR(50) NOT NULL);\n");
        Files.writeString(dir.resolve(MigrationsProject.CONFIG), "\n[autogenerate]\nmodel = schema:schema.sql\n",
                StandardOpenOption.APPEND);
        assertEquals("No new upgrade operations detected.", ok("check").out().strip());

        MigrationsProject.write(dir.resolve("schema.sql"), atHead
                + "CREATE TABLE users (id INT PRIMARY KEY, name VARCHAR(50) NOT NULL, email VARCHAR(80));\n"
                + "CREATE TABLE widgets (id INT PRIMARY KEY);\n");
        CliRun differs = dbManage("check");
        assertFailedOneLine(differs, "New upgrade operations detected (2");
        assertEquals(List.of("add column users.email varchar(80)", "add table widgets"), differs.out().lines().toList());

        ok("revision", "--autogenerate", "-m", "Add email and widgets");
        ok("upgrade", "head");
        assertEquals("No new upgrade operations detected.", ok("check").out().strip());
        assertTrue(database.tableExists("widgets"));
    }

    @Test
    void stampARevisionRunsNothing() throws Exception {
        ok("stamp", "003");
        assertEquals("003", current());
        assertFalse(database.tableExists("users"));
        ok("stamp", "head", "--purge");
        assertEquals(List.of("004"), database.versionRows());
        CliRun sql = ok("stamp", "002", "--sql");
        assertOnlySql(sql.out());
        assertTrue(sql.out().contains("'002'"), sql::toString);
        assertEquals(List.of("004"), database.versionRows());
    }

    @Test
    void checkMigrationPassesThenFailsOnASecondHead() throws Exception {
        CliRun clean = ok("check_migration");
        assertEquals("", clean.err().lines().filter(l -> l.startsWith("FAILED")).reduce("", String::concat));
        Path versions = dir.resolve("migrations/versions");
        MigrationsProject.revision(versions.resolve("005_left.sql"), "Left", "005", "004", "SELECT 1;", "SELECT 1;");
        MigrationsProject.revision(versions.resolve("006_right.sql"), "Right", "006", "004", "SELECT 1;", "SELECT 1;");
        assertFailedOneLine(dbManage("check-migration"), "005", "006");
    }

    @Test
    void mergeJoinsTwoHeads() throws Exception {
        Path versions = dir.resolve("migrations/versions");
        MigrationsProject.revision(versions.resolve("005_left.sql"), "Left", "005", "004", "SELECT 1;", "SELECT 1;");
        MigrationsProject.revision(versions.resolve("006_right.sql"), "Right", "006", "004", "SELECT 1;", "SELECT 1;");
        assertEquals(2, ok("heads").out().lines().count());
        ok("merge", "heads", "-m", "Join left and right");
        List<String> heads = ok("heads").out().lines().toList();
        assertEquals(1, heads.size(), heads::toString);
        assertTrue(heads.get(0).startsWith("007"), heads::toString);
    }

    @Test
    void historyListsNewestFirstAndMarksCurrent() {
        List<String> lines = ok("history").out().lines().toList();
        assertEquals(4, lines.size(), lines::toString);
        assertTrue(lines.get(0).startsWith("003 -> 004 (head), Add order total"), lines::toString);
        assertTrue(lines.get(3).startsWith("<base> -> icehouse"), lines::toString);
        ok("upgrade", "002");
        List<String> marked = ok("history", "-i").out().lines().toList();
        assertTrue(marked.stream().anyMatch(l -> l.startsWith("icehouse -> 002") && l.contains("(current)")),
                marked::toString);
        assertEquals(3, ok("history", "-r", "002:004").out().lines().count()); // both ends included, as Alembic
    }

    @Test
    void headsBranchesAndShow() {
        assertEquals("004 (head)", ok("heads").out().strip());
        assertEquals("", ok("branches").out().strip()); // a straight line has no branch point
        CliRun show = ok("show", "002");
        assertTrue(show.out().contains("Add users table"), show::toString);
        assertTrue(show.out().contains("002"), show::toString);
    }

    @Test
    void populateRunsChangedScriptsOnly() throws Exception {
        ok("upgrade", "head");
        ok("populate");
        assertEquals(List.of("admin"), database.strings("SELECT name FROM users"));
        CliRun again = ok("populate");
        assertTrue(again.err().contains("unchanged"), again::toString);
        ok("populate", "--force");
        assertEquals(List.of("admin"), database.strings("SELECT name FROM users"));
    }

    @Test
    void unknownTargetFailsWithOneLineAndLeavesTheDatabase() throws Exception {
        ok("stamp", "icehouse");
        CliRun run = dbManage("upgrade", "nosuch");
        assertFailedOneLine(run, "nosuch");
        assertEquals("", run.out());
        assertEquals(List.of("icehouse"), database.versionRows());
    }

    @Test
    void debugShowsTheStackTraceOfAUserMistake() {
        CliRun run = dbManage("--debug", "upgrade", "nosuch");
        assertEquals(ExitCode.FAILED, run.exitCode(), run::toString);
        assertTrue(run.err().startsWith("FAILED: "), run::toString);
        assertTrue(run.err().contains("\tat org.dbmigrate."), run::toString);
    }

    @Test
    void wrongUsageExitsWithTwo() {
        CliRun missingValue = dbManage("upgrade", "--delta");
        assertEquals(ExitCode.USAGE, missingValue.exitCode(), missingValue::toString);
        assertEquals("", missingValue.out());
        assertEquals(ExitCode.USAGE, dbManage("frobnicate").exitCode());
        assertEquals(ExitCode.USAGE, dbManage("stamp").exitCode());
    }

    @Test
    void passwordIsNeverPrinted() {
        // verbose settings, a stack trace and a refused connection all stay silent about it (see @AfterEach)
        ok("-v", "current");
        dbManage("--debug", "-v", "upgrade", "nosuch");
        CliRun refused = dbManage("--database-connection", database.refusedUrl(), "upgrade", "head");
        assertFailedOneLine(refused);
    }

    /** Every line is SQL, a comment or blank: nothing of logs, progress or results. */
    // Issue 12: each mutating command names its database on stderr and ends with one summary line.
    @Test
    void mutatingCommandsNameTheDatabaseAndEndWithOneSummaryLine() {
        CliRun upgrade = ok("upgrade", "head");
        assertTrue(upgrade.err().lines().anyMatch(l -> l.startsWith("Database: jdbc:") && l.contains(" (user ")),
                upgrade::toString);
        assertSummary(upgrade, "Upgraded <base> -> 004: 4 revisions in \\d+\\.\\d s");
        assertSummary(ok("upgrade", "head"), "Already at head 004");
        assertSummary(ok("downgrade", "-1"), "Downgraded 004 -> 003: 1 revision in \\d+\\.\\d s");
        assertSummary(ok("stamp", "head"), "Stamped 003 -> 004");
        assertSummary(ok("populate"), "Populated 1 script in \\d+\\.\\d s");
        assertSummary(ok("populate"), "Nothing to populate: 1 script unchanged");
        CliRun sql = ok("upgrade", "002:004", "--sql");
        assertOnlySql(sql.out());
        assertTrue(sql.err().contains("Wrote SQL for upgrade 002 -> 004: 2 revisions (nothing ran)"), sql::toString);
        assertFalse(sql.err().contains("Database:"), sql::toString);
    }

    private static void assertSummary(CliRun run, String pattern) {
        assertTrue(run.out().strip().matches(pattern), () -> "expected " + pattern + "\n" + run);
        assertEquals(1, run.out().lines().count(), run::toString);
    }

    @Test
    void formatJsonOnUpgradeDowngradeStampAndShow() {
        String upgrade = ok("upgrade", "+2", "--format", "json").out().strip();
        assertTrue(upgrade.matches("\\{\"command\":\"upgrade\",\"from\":\\[],\"to\":\\[\"002\"],\"steps\":\\["
                + "\\{\"revision\":\"icehouse\",\"direction\":\"upgrade\",\"message\":\"Initial schema\","
                + "\"durationMs\":\\d+},\\{\"revision\":\"002\",.*}],\"durationMs\":\\d+,\"summary\":\"Upgraded .*\"}"),
                upgrade);
        assertTrue(ok("downgrade", "-1", "--format", "json").out().startsWith(
                "{\"command\":\"downgrade\",\"from\":[\"002\"],\"to\":[\"icehouse\"],\"steps\":[{\"revision\":\"002\","
                        + "\"direction\":\"downgrade\""));
        assertTrue(ok("stamp", "004", "--format", "json").out().startsWith(
                "{\"command\":\"stamp\",\"from\":[\"icehouse\"],\"to\":[\"004\"],\"steps\":[],"));
        assertEquals("{\"revisions\":[{\"id\":\"002\",\"parents\":[\"icehouse\"],\"dependsOn\":[],\"labels\":[],"
                + "\"message\":\"Add users table\",\"base\":false,\"head\":false,\"branchPoint\":false,"
                + "\"mergePoint\":false,\"path\":\"versions/002_add_users.sql\"}]}",
                ok("show", "002", "--format", "json").out().strip());
        assertFailedOneLine(dbManage("upgrade", "head", "--sql", "--format", "json"),
                "--format json cannot be combined with --sql");
    }

    @Test
    void statusExitCodeSaysPendingUpToDateOrProblem() throws Exception {
        ok("stamp", "icehouse");
        CliRun pending = dbManage("status");
        assertEquals(ExitCode.PENDING, pending.exitCode(), pending::toString);
        assertEquals(List.of("Current: icehouse", "Head: 004", "Pending: 3, in the order upgrade runs them",
                "  icehouse -> 002, Add users table", "  002 -> 003, Add orders table", "  003 -> 004, Add order total",
                "Missing files: none", "Changed files: none"), pending.out().lines().toList());
        ok("upgrade", "head");
        assertEquals("Pending: none", ok("status").out().lines().toList().get(2));
        Path file = dir.resolve("migrations/versions/003_add_orders.sql");
        Files.writeString(file, Files.readString(file) + "\n-- edited\n");
        CliRun changed = dbManage("status", "--format", "json");
        assertEquals(ExitCode.PROBLEM, changed.exitCode(), changed::toString);
        assertEquals("{\"current\":[\"004\"],\"heads\":[\"004\"],\"pending\":[],\"missing\":[],\"changed\":"
                + "[{\"revision\":\"003\",\"path\":\"versions/003_add_orders.sql\"}],\"state\":\"problem\"}",
                changed.out().strip());
    }

    // Issue 17: status across a fleet (here the database named in a --targets file) exits with the worst
    // target's code and gives each target's state in the JSON.
    @Test
    void statusAcrossATargetsFileExitsWithTheWorstTargetsCode() throws Exception {
        Files.writeString(dir.resolve("targets.txt"), database.url() + "\n");
        ok("stamp", "002");
        CliRun pending = dbManage("status", "--targets", "targets.txt", "--format", "json");
        assertEquals(ExitCode.PENDING, pending.exitCode(), pending::toString);
        assertTrue(pending.out().startsWith("{\"command\":\"status\",\"success\":true,\"total\":1,"), pending::toString);
        assertTrue(pending.out().contains("\"revisions\":[\"002\"],\"state\":\"pending\""), pending::toString);
        ok("upgrade", "head", "--targets", "targets.txt");
        CliRun clean = ok("status", "--targets", "targets.txt");
        assertTrue(clean.out().contains(": Pending: none\n"), clean::toString);
        assertTrue(clean.out().contains("status on 1 targets: 1 done, 0 failed, in "), clean::toString);
        assertTrue(clean.out().contains("\n  1 at 004\n  1 up_to_date\n"), clean::toString);
    }

    @Test
    void logListsHistoryNewestFirst() {
        assertEquals("", ok("log").out());
        ok("upgrade", "head");
        ok("downgrade", "-1");
        List<String> two = ok("log", "-n", "2").out().lines().toList();
        assertEquals(3, two.size(), two::toString);
        assertTrue(two.get(0).matches("applied_at +direction +revision +applied_by +duration +success"), two::toString);
        assertTrue(two.get(1).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d +downgrade +004 +\\S+ +\\d+ ms +yes"),
                two::toString);
        assertTrue(two.get(2).contains(" upgrade ") && two.get(2).contains(" 004 "), two::toString);
        String json = ok("log", "-n", "1", "--format", "json").out().strip();
        assertTrue(json.matches("\\{\"log\":\\[\\{\"revision\":\"004\",\"direction\":\"downgrade\","
                + "\"appliedAt\":\"[^\"]+\","
                + "\"appliedBy\":\"[^\"]+\",\"durationMs\":\\d+,\"success\":true}]}"), json);
        assertFailedOneLine(dbManage("log", "-n", "0"), "log -n must be 1 or more, got 0");
    }

    // Issue 12: messages name flags as db-manage users type them.
    @Test
    void messagesNameFlagsInDbManageWords() {
        assertFailedOneLine(dbManage("upgrade", "--delta", "0"), "upgrade --delta must be a positive number");
        assertFailedOneLine(dbManage("revision", "-m", "x", "--head", "002"), "please specify --splice");
    }

    static void assertOnlySql(String script) {
        assertFalse(script.isBlank(), "no SQL at all");
        for (String line : script.lines().toList()) {
            assertFalse(line.startsWith("Running ") || line.startsWith("revision ") || line.startsWith("WARNING")
                    || line.startsWith("FAILED") || line.startsWith("INFO"), () -> "not SQL: " + line + "\n" + script);
        }
    }

    private void appendToConfig(String lines) throws Exception {
        Files.writeString(dir.resolve(MigrationsProject.CONFIG), lines + "\n", StandardOpenOption.APPEND);
    }

    @Test
    void cleanIsRefusedUntilEnabledThenDropsEverything() throws Exception {
        ok("upgrade", "head");
        assertFailedOneLine(dbManage("clean"), "clean is refused:", "clean_enabled = true");
        assertTrue(database.tableExists("orders"));
        appendToConfig("clean_enabled = true");
        CliRun clean = ok("clean");
        assertTrue(clean.out().startsWith("Cleaned "), clean::toString);
        assertFalse(database.tableExists("orders"));
        assertFalse(database.tableExists("migrate_version"));
        ok("upgrade", "head");
        assertEquals("004 (head)", current());
    }

    @Test
    void placeholderFlagAndSectionReachTheRevisions() throws Exception {
        Path versions = dir.resolve("migrations/versions");
        MigrationsProject.revision(versions.resolve("005_admin.sql"), "Admin", "005", "004",
                "INSERT INTO users (id, name) VALUES (5, '${admin_name}');", "DELETE FROM users WHERE id = 5;");
        Files.writeString(versions.resolve("HEAD"), "005\n");
        assertFailedOneLine(dbManage("upgrade", "head"),
                "versions/005_admin.sql line 8: placeholder ${admin_name} has no value");
        assertFalse(database.tableExists("users"));
        ok("upgrade", "head", "--placeholder", "admin_name=ann");
        assertEquals("005 (head)", current());
        appendToConfig("[placeholders]\nadmin_name = bob");
        CliRun sql = ok("upgrade", "004:005", "--sql");
        assertTrue(sql.out().contains("VALUES (5, 'bob')"), sql::toString);
    }

    @Test
    void protectRefusesDestructiveCommandsAndLocalOnesNeedNoYes() throws Exception {
        ok("upgrade", "head");
        appendToConfig("protect = true");
        assertFailedOneLine(dbManage("downgrade", "base"), "downgrade base is refused", "protect = true");
        assertFailedOneLine(dbManage("stamp", "--purge", "002"), "stamp --purge is refused");
        assertEquals("004 (head)", current());
        ok("downgrade", "-1");
        assertEquals("003", current());
    }
}
