package org.dbmigrate.internal.command;

import org.dbmigrate.command.ResolveCommand;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.dbmigrate.Migrator;
import org.dbmigrate.internal.runtime.RevisionFiles;
import org.dbmigrate.internal.runtime.RuntimeTestConfig;
import org.dbmigrate.internal.runtime.TestDatabase;
import org.dbmigrate.runtime.UnfinishedRevisionError;
import org.dbmigrate.runtime.UnfinishedStep;
import org.dbmigrate.testsupport.JavaCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14.1: a deployer process is killed (SIGKILL) at random moments of an upgrade whose
 * revisions commit statement by statement, then an operator reruns it. No statement may ever take
 * effect twice, and each refusal must say the truth about which statements took effect. When the
 * rerun refuses, the test plays the operator: it finishes the revision by hand or undoes it, says so
 * with {@code resolve}, and reruns.
 */
abstract class AbstractKillAndRerunTest {

    private static final int REVISIONS = 5;
    private static final int INSERTS = 4;
    private static final int MAX_ROUNDS = 30;
    private static final long TIME_BUDGET_NANOS = TimeUnit.SECONDS.toNanos(90);

    @TempDir
    Path dir;

    abstract TestDatabase newDatabase(String what) throws Exception;

    /** The section line(s) of each revision: a plain upgrade section, or a no-transaction one. */
    abstract String upgradeSection();

    /** A statement that takes a few milliseconds, so that kills land inside revisions. */
    abstract String pause();

    /** One statement of a revision and how the test sees whether it took effect. */
    private record Step(String sql, String table, int ledgerN) {
        boolean isCreate() {
            return ledgerN == 0 && table != null;
        }

        boolean isPause() {
            return table == null;
        }
    }

    private List<List<Step>> revisions() {
        List<List<Step>> all = new ArrayList<>();
        all.add(List.of(new Step("CREATE TABLE ledger (rev VARCHAR(8) NOT NULL, n INT NOT NULL)", "ledger", 0)));
        for (int r = 2; r <= REVISIONS; r++) {
            List<Step> steps = new ArrayList<>();
            steps.add(new Step("CREATE TABLE t" + r + " (id INT)", "t" + r, 0));
            for (int n = 1; n <= INSERTS; n++) {
                steps.add(new Step(pause(), null, 0));
                steps.add(new Step("INSERT INTO ledger (rev, n) VALUES ('" + r + "', " + n + ")", "ledger", n));
            }
            all.add(steps);
        }
        return all;
    }

    /** Revision {@code r}'s id (there are fewer than ten). */
    private static String id(int r) {
        return "00" + r;
    }

    private void writeRevisions() throws Exception {
        RevisionFiles files = new RevisionFiles(dir);
        List<List<Step>> all = revisions();
        for (int r = 1; r <= all.size(); r++) {
            StringBuilder text = new StringBuilder("-- Revision " + r + "\n--\n-- Revision: " + id(r) + "\n-- Revises: "
                    + (r == 1 ? "" : id(r - 1)) + "\n\n" + upgradeSection() + "\n");
            for (Step step : all.get(r - 1)) {
                text.append(step.sql()).append(";\n");
            }
            files.write(id(r) + "_r.sql", text.toString());
        }
    }

    @Test
    void killedDeployersNeverApplyAStatementTwiceAndRerunsSayTheTruth() throws Exception {
        writeRevisions();
        Random random = new Random();
        Timings calibrated = calibrate();
        long start = System.nanoTime();
        int rounds = 0;
        int refusals = 0;
        while (rounds < MAX_ROUNDS && System.nanoTime() - start < TIME_BUDGET_NANOS) {
            rounds++;
            try (TestDatabase db = newDatabase("kill")) {
                Announcements deployer = new Announcements(startDeployer(db));
                // Odd rounds kill at any moment of the run; even rounds aim inside a revision that
                // commits statement by statement, so a refusal is seen however fast the machine is.
                if (rounds % 2 == 1) {
                    deployer.await(UpgradeMain.STARTING);
                    Thread.sleep(random.nextInt((int) calibrated.wholeRunMillis() + 1));
                } else {
                    deployer.await(UpgradeMain.REVISION + id(2 + random.nextInt(REVISIONS - 1)));
                    Thread.sleep(random.nextInt((int) calibrated.revisionMillis() + 1));
                }
                deployer.process().destroyForcibly();
                assertTrue(deployer.process().waitFor(30, TimeUnit.SECONDS));
                refusals += rerunUntilHead(db, random);
                assertEverythingAppliedOnce(db);
            }
        }
        System.out.println(getClass().getSimpleName() + ": " + rounds + " kill rounds, " + refusals
                + " refusals settled by resolve, " + calibrated);
        assertTrue(rounds >= 8, "only " + rounds + " rounds fitted in the time budget");
        assertTrue(refusals > 0, "no kill landed inside a revision in " + rounds + " rounds");
    }

    /** How long a whole upgrade takes after the process says it starts, and one revision with statements. */
    private record Timings(long wholeRunMillis, long revisionMillis) {
    }

    /** Runs once without a kill and times it. */
    private Timings calibrate() throws Exception {
        try (TestDatabase db = newDatabase("calib")) {
            Announcements deployer = new Announcements(startDeployer(db));
            long begin = deployer.await(UpgradeMain.STARTING);
            long second = deployer.await(UpgradeMain.REVISION + id(2));
            long last = deployer.await(UpgradeMain.REVISION + id(REVISIONS));
            assertTrue(deployer.process().waitFor(120, TimeUnit.SECONDS));
            assertEquals(0, deployer.process().exitValue());
            assertEverythingAppliedOnce(db);
            long whole = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - begin);
            long revision = TimeUnit.NANOSECONDS.toMillis(last - second) / (REVISIONS - 2);
            return new Timings(Math.max(50, whole), Math.max(10, revision));
        }
    }

    private Process startDeployer(TestDatabase db) throws Exception {
        return new ProcessBuilder(JavaCommand.onTestClassPath(UpgradeMain.class, db.url(), db.user(), dir.toString(),
                "announce"))
                .redirectErrorStream(true).start();
    }

    /** A deployer's output, read on its own thread (so the pipe never fills), with when each line came. */
    private static final class Announcements {
        private final Process process;
        private final Map<String, Long> seen = new HashMap<>();
        private boolean ended;

        Announcements(Process process) {
            this.process = process;
            Thread reader = new Thread(this::read, "deployer-output");
            reader.setDaemon(true);
            reader.start();
        }

        Process process() {
            return process;
        }

        private void read() {
            try (BufferedReader out = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null) {
                    long now = System.nanoTime();
                    synchronized (this) {
                        seen.putIfAbsent(line, now);
                        notifyAll();
                    }
                }
            } catch (IOException ignored) {
                // the process was killed
            }
            synchronized (this) {
                ended = true;
                notifyAll();
            }
        }

        /** Waits until the deployer prints {@code line}; returns when it came. */
        synchronized long await(String line) throws InterruptedException {
            while (!seen.containsKey(line)) {
                if (ended) {
                    fail("the deployer ended before it printed '" + line + "'; it printed " + seen.keySet());
                }
                wait();
            }
            return seen.get(line);
        }
    }

    /** The operator's part: rerun; on a refusal check what it says, settle by hand, rerun. Returns refusals seen. */
    private int rerunUntilHead(TestDatabase db, Random random) throws Exception {
        Migrator migrator = Migrator.create(RuntimeTestConfig.of(db, dir));
        for (int attempt = 0; attempt < 3; attempt++) {
            try {
                migrator.upgrade("head");
                return attempt;
            } catch (UnfinishedRevisionError e) {
                UnfinishedStep marked = e.step();
                assertTrue(e.getMessage().contains("'resolve " + marked.revision() + " --applied'"), e.getMessage());
                assertTrue(e.getMessage().contains("'resolve " + marked.revision() + " --not-applied'"), e.getMessage());
                List<Step> steps = revisions().get(Integer.parseInt(marked.revision()) - 1);
                assertEquals(steps.size(), marked.statementsTotal());
                assertMarkerTellsTheTruth(db, steps, marked.statementsDone(), e.getMessage());
                boolean finish = random.nextBoolean();
                if (finish) {
                    finishByHand(db, marked.revision(), steps);
                } else {
                    undoByHand(db, marked.revision(), steps);
                }
                migrator.resolve(new ResolveCommand.Options(marked.revision(), finish));
            }
        }
        return fail("still refused after settling twice");
    }

    /** Statements before the count took effect once; the next may have; the rest did not. */
    private void assertMarkerTellsTheTruth(TestDatabase db, List<Step> steps, int done, String message)
            throws SQLException {
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            if (step.isPause()) {
                continue;
            }
            int effect = effect(db, step, revisionOf(steps));
            if (i < done) {
                assertEquals(1, effect, "statement " + (i + 1) + " took effect once: " + message);
            } else if (i > done) {
                assertEquals(0, effect, "statement " + (i + 1) + " did not run: " + message);
            } else {
                assertTrue(effect <= 1, "statement " + (i + 1) + " ran at most once: " + message);
            }
        }
    }

    private int effect(TestDatabase db, Step step, String rev) throws SQLException {
        boolean exists = db.allTables().contains(step.table());
        if (step.isCreate()) {
            return exists ? 1 : 0;
        }
        if (!exists) {
            return 0;
        }
        return Integer.parseInt(db.query("SELECT COUNT(*) FROM ledger WHERE rev = '" + rev + "' AND n = "
                + step.ledgerN()).get(0));
    }

    private String revisionOf(List<Step> steps) {
        List<List<Step>> all = revisions();
        return String.valueOf(all.indexOf(steps) + 1);
    }

    private void finishByHand(TestDatabase db, String revision, List<Step> steps) throws SQLException {
        String rev = String.valueOf(Integer.parseInt(revision));
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            for (Step step : steps) {
                if (!step.isPause() && effect(db, step, rev) == 0) {
                    s.execute(step.sql());
                }
            }
        }
    }

    private void undoByHand(TestDatabase db, String revision, List<Step> steps) throws SQLException {
        String rev = String.valueOf(Integer.parseInt(revision));
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            for (Step step : steps) {
                if (step.isCreate() && db.allTables().contains(step.table())) {
                    s.execute("DROP TABLE " + step.table());
                }
            }
            if (db.allTables().contains("ledger")) {
                s.execute("DELETE FROM ledger WHERE rev = '" + rev + "'");
            }
        }
    }

    private void assertEverythingAppliedOnce(TestDatabase db) throws SQLException {
        assertEquals(List.of(id(REVISIONS)), db.versions());
        for (int r = 2; r <= REVISIONS; r++) {
            assertTrue(db.allTables().contains("t" + r), "t" + r);
            for (int n = 1; n <= INSERTS; n++) {
                assertEquals(List.of("1"), db.query("SELECT COUNT(*) FROM ledger WHERE rev = '" + r + "' AND n = " + n),
                        "revision " + r + " insert " + n + " applied exactly once");
            }
        }
        assertEquals(List.of("0"), db.query("SELECT COUNT(*) FROM migrate_version_progress"));
        assertTrue(Files.isDirectory(dir.resolve("versions")));
    }
}
