package org.dbmigrate.internal.runtime;

import org.dbmigrate.runtime.HistoryRow;
import org.dbmigrate.runtime.LockTimeoutError;
import org.dbmigrate.runtime.MigrationListener;
import org.dbmigrate.runtime.StepError;
import org.dbmigrate.runtime.UnfinishedRevisionError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dbmigrate.config.MigrateConfig;
import org.dbmigrate.error.MigrationError;
import org.dbmigrate.graph.Plan;
import org.dbmigrate.graph.Step;
import org.dbmigrate.internal.dialect.Dialects;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runtime on a real database, with hand-made plans (no graph, no file parser): transactions,
 * failures, history rows, the lock, offline scripts. One thin subclass per database (STYLE 12).
 */
abstract class AbstractRuntimeTest {

    @TempDir
    Path dir;

    TestDatabase db;
    final List<String> progress = new ArrayList<>();
    final MigrationListener listener = new MigrationListener() {
        @Override
        public void info(String line) {
            progress.add(line);
        }
    };

    abstract TestDatabase newDatabase(String what) throws Exception;

    /** True where a failed revision's DDL is rolled back (PostgreSQL). */
    abstract boolean rollsBackDdl();

    /** A statement that only runs outside a transaction on this database, or a plain one. */
    String noTransactionIndex() {
        return "CREATE INDEX a_name ON a (name)";
    }

    /** A statement that runs for many seconds. */
    String longStatement() {
        return "WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r WHERE n < 2000000000)"
                + " SELECT COUNT(*) FROM r";
    }

    /** A statement that makes the server drop the connection that runs it. */
    abstract String killOwnConnection();

    /** A stored routine whose body holds semicolons, or null where the test does not need one. */
    String routine() {
        return null;
    }

    @BeforeEach
    void createDatabase() throws Exception {
        db = newDatabase("rt");
    }

    @AfterEach
    void dropDatabase() throws Exception {
        db.close();
    }

    MigrateConfig config() {
        return RuntimeTestConfig.of(db, dir);
    }

    MigrationSession session(MigrateConfig config) {
        return MigrationSession.open(db.connections(), config, listener, Clock.systemUTC());
    }

    static LinearChain threeTables() {
        return new LinearChain()
                .add("001", List.of("CREATE TABLE a (id INT PRIMARY KEY, name VARCHAR(20))"), List.of("DROP TABLE a"))
                .add("002", List.of("CREATE TABLE b (id INT PRIMARY KEY)", "INSERT INTO b (id) VALUES (1)"),
                        List.of("DROP TABLE b"))
                .add("003", List.of("CREATE TABLE c (id INT PRIMARY KEY)"), List.of("DROP TABLE c"));
    }

    Plan run(MigrateConfig config, LinearChain chain, Plan plan) {
        try (MigrationSession session = session(config)) {
            return session.locked(heads -> {
                session.runner().run(plan, chain);
                return plan;
            });
        }
    }

    private static final List<String> OWN_TABLES = List.of("migrate_version", "migrate_history",
            "migrate_version_progress");

    private void execute(String sql) throws Exception {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private Set<String> existingOwnTables() throws Exception {
        try (MigrationSession session = session(config())) {
            return session.database().existingTables(OWN_TABLES);
        }
    }

    // The version, history and progress tables are looked up in one query and created only where missing.
    @Test
    void aFreshDatabaseGetsTheVersionHistoryAndProgressTables() throws Exception {
        execute("CREATE TABLE migrateXversion (id INT)"); // matches getTables' pattern 'migrate_version', not the name
        assertEquals(Set.of(), existingOwnTables());
        try (MigrationSession session = session(config())) {
            assertEquals(Set.of(), session.heads());
            assertEquals(Set.of(), session.locked(heads -> heads));
        }
        assertEquals(Set.copyOf(OWN_TABLES), existingOwnTables());
    }

    @Test
    void existingTablesAreKeptAndMissingOnesCreated() throws Exception {
        execute("CREATE TABLE migrate_version (version_num VARCHAR(64) NOT NULL PRIMARY KEY)");
        execute("INSERT INTO migrate_version (version_num) VALUES ('001')");
        assertEquals(Set.of("migrate_version"), existingOwnTables());
        try (MigrationSession session = session(config())) {
            assertEquals(Set.of("001"), session.heads());
            assertEquals(Set.of("001"), session.locked(heads -> heads));
            assertEquals(List.of(), session.progress().unfinished());
            assertEquals(List.of(), session.history().rows());
        }
        assertEquals(Set.copyOf(OWN_TABLES), existingOwnTables());
        try (MigrationSession session = session(config())) { // all there: nothing to create
            assertEquals(Set.of("001"), session.locked(heads -> heads));
        }
        assertEquals(List.of("001"), db.versions());
    }

    @Test
    void upgradeMovesTheVersionRowAndWritesOneHistoryRowPerStep() throws Exception {
        LinearChain chain = threeTables();
        run(config(), chain, chain.upgrade(null, "003"));
        assertEquals(List.of("003"), db.versions());
        assertEquals(List.of("Running upgrade  -> 001, Revision 001", "Running upgrade 001 -> 002, Revision 002",
                "Running upgrade 002 -> 003, Revision 003"), progress);
        try (MigrationSession session = session(config())) {
            List<HistoryRow> rows = session.history().rows();
            assertEquals(List.of("001", "002", "003"), rows.stream().map(HistoryRow::revision).toList());
            for (HistoryRow row : rows) {
                assertEquals("upgrade", row.direction());
                assertEquals("sum-" + row.revision(), row.checksum());
                assertTrue(row.success());
                assertFalse(row.appliedBy().isBlank());
            }
        }
    }

    @Test
    void downgradeRunsDowngradeSectionsToBase() throws Exception {
        LinearChain chain = threeTables();
        run(config(), chain, chain.upgrade(null, "003"));
        run(config(), chain, chain.downgrade("003", "001"));
        assertEquals(List.of("001"), db.versions());
        assertEquals(Set.of("a", "migrate_version"), db.schema().keySet());
        run(config(), chain, chain.downgrade("001", null));
        assertEquals(List.of(), db.versions());
        assertEquals(Set.of("migrate_version"), db.schema().keySet());
    }

    // Scenario: a statement fails in the middle of revision 002 (brief: failure in the middle of a revision).
    @Test
    void failureInTheMiddleOfARevisionKeepsTheVersionAtTheLastGoodRevision() throws Exception {
        LinearChain chain = new LinearChain()
                .add("001", List.of("CREATE TABLE a (id INT PRIMARY KEY, name VARCHAR(20))"), List.of("DROP TABLE a"))
                .add("002", List.of("CREATE TABLE b (id INT PRIMARY KEY)", "INSERT INTO no_such_table VALUES (1)",
                        "CREATE TABLE c (id INT)"), List.of("DROP TABLE b"));
        StepError e = assertThrows(StepError.class, () -> run(config(), chain, chain.upgrade(null, "002")));
        assertEquals(List.of("001"), db.versions());
        assertEquals(11, e.line());
        String message = e.getMessage();
        assertTrue(message.startsWith("upgrade 001 -> 002 failed at " + Path.of("versions", "002_r.sql") + " line 11: "),
                message);
        assertFalse(message.contains("\n"), "one line: " + message);
        assertTrue(message.toLowerCase().contains("no_such_table"), message);
        assertFalse(db.schema().containsKey("c"));
        if (rollsBackDdl()) {
            assertTrue(e.rolledBack());
            assertFalse(db.schema().containsKey("b"), "the revision's DDL is rolled back");
            assertTrue(message.contains("rolled back; the database stays at 001"), message);
        } else {
            assertEquals(List.of(10), e.linesAlreadyRun());
            assertTrue(db.schema().containsKey("b"), "DDL commits on its own here");
            assertTrue(message.contains("the statements at line(s) 10 of this revision took effect and stay"), message);
            assertTrue(message.contains("'resolve 002 --not-applied'"), message);
            assertTrue(message.contains("'resolve 002 --applied'"), message);
            assertFalse(message.contains("rolled back"), message);
        }
        try (MigrationSession session = session(config())) {
            HistoryRow last = session.history().rows().get(session.history().rows().size() - 1);
            assertEquals("002", last.revision());
            assertFalse(last.success(), "the failed attempt is recorded");
        }
    }

    // Scenario: transaction_per_migration = false commits the whole run once.
    @Test
    void transactionPerMigrationFalseCommitsOnceAtTheEnd() throws Exception {
        LinearChain chain = threeTables().add("004", List.of("CREATE TABLE d (id INT)", "INSERT INTO no_such_table VALUES (1)"),
                List.of("DROP TABLE d"));
        MigrateConfig config = RuntimeTestConfig.withTransactionPerMigration(config(), false);
        StepError e = assertThrows(StepError.class, () -> run(config, chain, chain.upgrade(null, "004")));
        if (rollsBackDdl()) {
            assertTrue(e.getMessage().contains("The whole run was rolled back (transaction_per_migration = false);"
                    + " the database stays at no version (base)."), e.getMessage());
            assertEquals(List.of(), db.versions(), "the whole run was one transaction");
            assertEquals(Set.of("migrate_version"), db.schema().keySet());
        } else {
            // DDL commits on its own: each revision is committed as it finishes, whatever the setting
            assertEquals(List.of("003"), db.versions());
        }
    }

    @Test
    void transactionPerMigrationFalseSucceeds() throws Exception {
        LinearChain chain = threeTables();
        run(RuntimeTestConfig.withTransactionPerMigration(config(), false), chain, chain.upgrade(null, "003"));
        assertEquals(List.of("003"), db.versions());
        assertEquals(Set.of("a", "b", "c", "migrate_version"), db.schema().keySet());
    }

    // Scenario: '-- migrate:no-transaction' (CREATE INDEX CONCURRENTLY on PostgreSQL).
    @Test
    void noTransactionSectionRunsInAutocommit() throws Exception {
        LinearChain chain = threeTables().addNoTransaction("004", List.of(noTransactionIndex()), List.of());
        run(config(), chain, chain.upgrade(null, "004"));
        assertEquals(List.of("004"), db.versions());
    }

    // Issue 13: a statement the database refuses in a transaction, left in a transactional section, stops the
    // run before its first statement (online and offline), naming file, line and the directive.
    @Test
    void statementRefusedInATransactionIsFoundBeforeAnythingRuns() throws Exception {
        LinearChain chain = threeTables().add("004", List.of(noTransactionIndex()), List.of());
        if (!rollsBackDdl()) {
            // a database without transactional DDL runs it like any statement
            run(config(), chain, chain.upgrade(null, "004"));
            assertEquals(List.of("004"), db.versions());
            return;
        }
        MigrationError e = assertThrows(MigrationError.class, () -> run(config(), chain, chain.upgrade(null, "004")));
        assertEquals("versions/004_r.sql:10: PostgreSQL cannot run CREATE INDEX CONCURRENTLY inside a transaction;"
                + " add the line '-- migrate:no-transaction' right after '-- migrate:upgrade' so that section runs"
                + " outside one (each statement then commits on its own)", e.getMessage());
        assertFalse(db.allTables().contains("a"), "nothing ran");
        StringBuilder sql = new StringBuilder();
        assertThrows(MigrationError.class, () -> new OfflineScript(Dialects.forUrl(db.url()), "migrate_version", true,
                sql).write(chain.upgrade(null, "004"), chain));
        assertEquals("", sql.toString());
    }

    // Scenario: a no-transaction section fails half way: what ran stays, on every database, and the message says so.
    @Test
    void failedNoTransactionSectionListsWhatRan() throws Exception {
        LinearChain chain = threeTables().addNoTransaction("004",
                List.of(noTransactionIndex(), "INSERT INTO no_such_table VALUES (1)"), List.of());
        StepError e = assertThrows(StepError.class, () -> run(config(), chain, chain.upgrade(null, "004")));
        assertFalse(e.rolledBack());
        assertEquals(List.of(10), e.linesAlreadyRun());
        assertEquals(List.of("003"), db.versions());
        assertTrue(e.getMessage().contains("(-- migrate:no-transaction): the statements at line(s) 10 of this revision"
                + " took effect and stay; the version table stays at 003, and the revision is marked unfinished."),
                e.getMessage());
    }

    // Scenario: someone deleted the version row by hand; the next step must not "fix" it silently.
    @Test
    void aVersionChangeThatTouchesNoRowStops() throws Exception {
        // the history row travels with the version change (one round trip on PostgreSQL): rolled back with it
        versionRowMissingStops("002");
    }

    // Issue 18: where the version UPDATE and the progress marker's hand-over are one statement
    // (MySQL, MariaDB), a missing version row still stops the run with the same message.
    @Test
    void aVersionChangeThatTouchesNoRowStopsWhenTheMarkerMovesOn() throws Exception {
        versionRowMissingStops("003");
    }

    /** Upgrades to 001, deletes the version row behind our back, upgrades to {@code target}: refused at 002. */
    private void versionRowMissingStops(String target) throws Exception {
        LinearChain chain = threeTables();
        run(config(), chain, chain.upgrade(null, "001"));
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute("DELETE FROM migrate_version");
        }
        VersionTableMismatchError e = assertThrows(VersionTableMismatchError.class,
                () -> run(config(), chain, chain.upgrade("001", target)));
        assertTrue(e.getMessage().startsWith("expected moving version '001' to '002' to touch exactly one row of"
                + " migrate_version but it touched 0"), e.getMessage());
        assertEquals(List.of("001"), db.query("SELECT revision FROM migrate_history ORDER BY id"));
        assertEquals(List.of(), db.query("SELECT version_num FROM migrate_version"));
    }

    // Scenario: SPEC 7 lock; a second deployer gives up after lock_timeout with a message naming it.
    @Test
    void lockTimeoutNamesTheSetting() {
        MigrateConfig config = RuntimeTestConfig.withLockTimeout(config(), Duration.ofSeconds(1));
        try (MigrationSession holder = session(config)) {
            holder.locked(heads -> {
                try (MigrationSession other = session(config)) {
                    long start = System.nanoTime();
                    LockTimeoutError e = assertThrows(LockTimeoutError.class, () -> other.locked(h -> h));
                    assertTrue(System.nanoTime() - start >= 900_000_000L, "waited for the timeout");
                    assertTrue(e.getMessage().startsWith("gave up after waiting 1s (lock_timeout) for the migration lock"),
                            e.getMessage());
                }
                return heads;
            });
        }
        // released: the next deployer gets it at once
        try (MigrationSession next = session(config)) {
            assertEquals(Set.of(), next.locked(h -> h));
        }
    }

    // Scenario: issue 17, lock = table: a second deployer waits for the row and gives up naming lock_timeout.
    @Test
    void tableLockTimeoutNamesTheSetting() throws Exception {
        MigrateConfig config = RuntimeTestConfig.withLockTimeout(config(), Duration.ofSeconds(1)).toBuilder()
                .lock(MigrateConfig.LockKind.TABLE).build();
        try (MigrationSession holder = session(config)) {
            holder.locked(heads -> {
                assertEquals(1, db.query("SELECT owner FROM migrate_version_locks").size(), "the lock row");
                try (MigrationSession other = session(config)) {
                    LockTimeoutError e = assertThrows(LockTimeoutError.class, () -> other.locked(h -> h));
                    assertTrue(e.getMessage().contains("(lock_timeout)"), e.getMessage());
                }
                return heads;
            });
        }
        assertEquals(List.of(), db.query("SELECT owner FROM migrate_version_locks"), "released");
        try (MigrationSession next = session(config)) {
            assertEquals(Set.of(), next.locked(h -> h));
        }
    }

    // Scenario: issue 17, a long run keeps its table lock: the row's expiry is pushed forward while held.
    @Test
    void tableLockIsRenewedWhileHeld() throws Exception {
        Duration expiry = Duration.ofMillis(1500);
        List<String> warnings = new ArrayList<>();
        TableLock first = new TableLock("migrate_version_locks", "k", "first", expiry, warnings::add);
        TableLock second = new TableLock("migrate_version_locks", "k", "second", expiry, warnings::add);
        try (Connection a = db.connect(); Connection b = db.connect()) {
            assertTrue(first.acquire(a, Duration.ofSeconds(1)));
            Thread.sleep(4000); // well past one expiry: only the renewals keep the row valid
            assertFalse(second.acquire(b, Duration.ofMillis(300)), "still held by the first");
            first.release(a);
            assertTrue(second.acquire(b, Duration.ofMillis(300)), "free once released");
            second.release(b);
        }
        assertEquals(List.of(), warnings);
    }

    // Scenario: issue 17, a deployer died holding the table lock: after its expiry the row is taken over,
    // with a warning that names the old owner.
    @Test
    void staleTableLockIsTakenOverWithAWarningNamingItsOwner() throws Exception {
        MigrateConfig config = config().toBuilder().lock(MigrateConfig.LockKind.TABLE).build();
        long past = System.currentTimeMillis() - 60_000;
        List<String> warnings = new ArrayList<>();
        MigrationListener listener = new MigrationListener() {
            @Override
            public void warn(String line) {
                warnings.add(line);
            }
        };
        // The key is whatever this database's lock name is: take it from a live lock row.
        String key;
        try (MigrationSession holder = session(config)) {
            key = holder.locked(h -> db.query("SELECT lock_key FROM migrate_version_locks").get(0));
        }
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO migrate_version_locks (lock_key, owner, locked_at, expires_at) VALUES ('" + key
                    + "', 'ops@deploy-3 pid 77', " + (past - 30_000) + ", " + past + ")");
        }
        try (MigrationSession next = MigrationSession.open(db.connections(),
                config.toBuilder().lockTimeout(Duration.ofSeconds(2)).build(), listener, null)) {
            assertEquals(Set.of(), next.locked(h -> h));
        }
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).contains("left by ops@deploy-3 pid 77"), warnings.get(0));
        assertEquals(List.of(), db.query("SELECT owner FROM migrate_version_locks"));
    }

    // Scenario: SPEC 8; the offline script, run by the database's own client, gives what an online upgrade gives.
    @Test
    void offlineScriptRunByTheRealClientMatchesAnOnlineUpgrade() throws Exception {
        LinearChain chain = threeTables();
        if (routine() != null) {
            chain.add("004", List.of(routine()), List.of());
        }
        String last = routine() != null ? "004" : "003";
        Path file = dir.resolve("upgrade.sql");
        StringBuilder sql = new StringBuilder();
        new OfflineScript(Dialects.forUrl(db.url()), "migrate_version", true, sql).write(chain.upgrade(null, last), chain);
        Files.writeString(file, sql);
        db.runScript(file);

        try (TestDatabase online = newDatabase("rtonline")) {
            try (MigrationSession session = MigrationSession.open(online.connections(), RuntimeTestConfig.of(online, dir),
                    listener, Clock.systemUTC())) {
                session.locked(heads -> {
                    session.runner().run(chain.upgrade(null, last), chain);
                    return heads;
                });
            }
            assertEquals(online.schema(), db.schema());
            assertEquals(online.versions(), db.versions());
            assertEquals(List.of(last), db.versions());
        }
    }

    // Scenario: SPEC 8 with transaction_per_migration = false: one BEGIN/COMMIT around the whole script.
    @Test
    void offlineScriptAsOneTransactionRunsInTheRealClient() throws Exception {
        LinearChain chain = threeTables().addNoTransaction("004", List.of(noTransactionIndex()), List.of());
        StringBuilder sql = new StringBuilder();
        new OfflineScript(Dialects.forUrl(db.url()), "migrate_version", false, sql).write(chain.upgrade(null, "004"), chain);
        Path file = dir.resolve("whole.sql");
        Files.writeString(file, sql);
        db.runScript(file);
        assertEquals(List.of("004"), db.versions());
        assertEquals(Set.of("a", "b", "c", "migrate_version"), db.schema().keySet());
        if (rollsBackDdl()) {
            assertTrue(sql.toString().startsWith("CREATE TABLE migrate_version (version_num VARCHAR(64) NOT NULL PRIMARY KEY);"
                    + "\n\nBEGIN;\n\n-- Running upgrade  -> 001\n"), sql.toString());
        }
    }

    // Scenario: SPEC 8 layout, checked once on this dialect.
    @Test
    void offlineScriptLayout() {
        LinearChain chain = threeTables();
        StringBuilder sql = new StringBuilder();
        new OfflineScript(Dialects.forUrl(db.url()), "migrate_version", true, sql).write(chain.upgrade("001", "002"), chain);
        String begin = rollsBackDdl() ? "BEGIN;\n\n" : "";
        String commit = rollsBackDdl() ? "COMMIT;\n\n" : "";
        assertEquals(begin + "-- Running upgrade 001 -> 002\n\nCREATE TABLE b (id INT PRIMARY KEY);\n\n"
                + "INSERT INTO b (id) VALUES (1);\n\n"
                + "UPDATE migrate_version SET version_num = '002' WHERE version_num = '001';\n\n" + commit, sql.toString());
    }

    @Test
    void stepProgressCountsSteps() {
        LinearChain chain = threeTables();
        List<String> seen = new ArrayList<>();
        MigrationListener counting = new MigrationListener() {
            @Override
            public void stepStarting(int n, int total, Step step, Duration elapsed) {
                seen.add(n + "/" + total + " " + step.revision().id());
            }
        };
        try (MigrationSession session = MigrationSession.open(db.connections(), config(), counting, Clock.systemUTC())) {
            session.locked(heads -> {
                session.runner().run(chain.upgrade(null, "003"), chain);
                return heads;
            });
        }
        assertEquals(List.of("1/3 001", "2/3 002", "3/3 003"), seen);
    }

    // Scenario (issue 14.1): a statement fails after another committed; the next run refuses to run it twice.
    @Test
    void aRevisionThatFailedHalfWayIsRefusedUntilResolved() throws Exception {
        LinearChain chain = new LinearChain()
                .add("001", List.of("CREATE TABLE a (id INT PRIMARY KEY)"), List.of("DROP TABLE a"))
                .addNoTransaction("002", List.of("INSERT INTO a (id) VALUES (1)", "INSERT INTO a (id) VALUES (2)",
                        "INSERT INTO no_such_table VALUES (1)"), List.of("DELETE FROM a"));
        StepError failed = assertThrows(StepError.class, () -> run(config(), chain, chain.upgrade(null, "002")));
        assertTrue(failed.markedUnfinished());
        UnfinishedRevisionError refused = assertThrows(UnfinishedRevisionError.class,
                () -> run(config(), chain, chain.upgrade("001", "002")));
        String message = refused.getMessage();
        assertTrue(message.startsWith("revision 002 (upgrade, " + Path.of("versions", "002_r.sql")
                + ") was left unfinished by an earlier run"), message);
        assertTrue(message.contains("the statement(s) at line(s) 10, 11 took effect, the one at line 12 may or may not"
                + " have; the version table was not moved for it. Nothing was run now."), message);
        assertEquals(List.of("1", "2"), db.query("SELECT id FROM a ORDER BY id"), "nothing ran twice");
        // the user undoes by hand, says so, and the revision runs again from its first statement once fixed
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute("DELETE FROM a");
        }
        resolve("002", false, chain);
        LinearChain fixed = new LinearChain()
                .add("001", List.of("CREATE TABLE a (id INT PRIMARY KEY)"), List.of("DROP TABLE a"))
                .addNoTransaction("002", List.of("INSERT INTO a (id) VALUES (1)", "INSERT INTO a (id) VALUES (2)"),
                        List.of("DELETE FROM a"));
        run(config(), fixed, fixed.upgrade("001", "002"));
        assertEquals(List.of("002"), db.versions());
        assertEquals(List.of("1", "2"), db.query("SELECT id FROM a ORDER BY id"));
        assertEquals(List.of("resolve-undone"),
                db.query("SELECT direction FROM migrate_history WHERE direction LIKE 'resolve%'"));
    }

    // Scenario (issue 14.1): the connection dies mid-revision; the message claims no rollback, the next run refuses.
    @Test
    void aLostConnectionIsReportedAsUnknownAndResolvedByHand() throws Exception {
        LinearChain chain = new LinearChain()
                .add("001", List.of("CREATE TABLE a (id INT PRIMARY KEY)"), List.of("DROP TABLE a"))
                .addNoTransaction("002", List.of("INSERT INTO a (id) VALUES (1)", "INSERT INTO a (id) VALUES (2)",
                        killOwnConnection(), "INSERT INTO a (id) VALUES (3)"), List.of("DELETE FROM a"))
                .add("003", List.of("INSERT INTO a (id) VALUES (4)"), List.of("DELETE FROM a WHERE id = 4"));
        StepError lost = assertThrows(StepError.class, () -> run(config(), chain, chain.upgrade(null, "003")));
        assertEquals(StepError.Aftermath.CONNECTION_LOST, lost.aftermath());
        assertTrue(lost.getMessage().contains("The connection to the database was lost, so whether that statement took"
                + " effect is unknown; the revision is marked unfinished"), lost.getMessage());
        assertFalse(lost.getMessage().contains("rolled back"), lost.getMessage());
        assertEquals(List.of("001"), db.versions());

        UnfinishedRevisionError refused = assertThrows(UnfinishedRevisionError.class,
                () -> run(config(), chain, chain.upgrade("001", "003")));
        assertTrue(refused.getMessage().contains("the statement(s) at line(s) 10, 11 took effect, the one at line 12"
                + " may or may not have, and those at line(s) 13 did not run"), refused.getMessage());
        assertEquals(List.of("1", "2"), db.query("SELECT id FROM a ORDER BY id"), "nothing ran twice");

        // the user finishes it by hand and records it; the run then goes on from 002
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO a (id) VALUES (3)");
        }
        resolve("002", true, chain);
        assertEquals(List.of("002"), db.versions());
        run(config(), chain, chain.upgrade("002", "003"));
        assertEquals(List.of("003"), db.versions());
        assertEquals(List.of("1", "2", "3", "4"), db.query("SELECT id FROM a ORDER BY id"));
        assertEquals(List.of("0"), db.query("SELECT COUNT(*) FROM migrate_version_progress"));
    }

    // Scenario (issue 14.1): resolve of a revision that is not unfinished changes nothing and says so.
    @Test
    void resolveOfARevisionThatIsNotUnfinishedIsRefused() throws Exception {
        LinearChain chain = threeTables();
        run(config(), chain, chain.upgrade(null, "001"));
        MigrationError e = assertThrows(MigrationError.class,
                () -> resolve("002", true, chain));
        assertEquals("revision 002 is not marked unfinished, so there is nothing to resolve; no revision is",
                e.getMessage());
        assertEquals(List.of("001"), db.versions());
    }

    // Scenario (issue 14.3): statement_timeout cancels a statement that runs too long, and the run fails.
    @Test
    void statementTimeoutCancelsALongStatement() throws Exception {
        LinearChain chain = new LinearChain().add("001", List.of(longStatement()), List.of());
        MigrateConfig limited = config().toBuilder().statementTimeout(Duration.ofSeconds(1)).build();
        long start = System.nanoTime();
        StepError e = assertThrows(StepError.class, () -> run(limited, chain, chain.upgrade(null, "001")));
        assertTrue(System.nanoTime() - start < 60_000_000_000L, "cancelled in time");
        assertEquals(10, e.line());
        assertTrue(db.versions().isEmpty());
    }

    void resolve(String revision, boolean applied, LinearChain chain) {
        try (MigrationSession session = session(config())) {
            session.locked(heads -> session.resolver().resolve(revision, applied, chain));
        }
    }
}
