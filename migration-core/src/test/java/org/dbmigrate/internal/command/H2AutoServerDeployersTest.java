package org.dbmigrate.internal.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.dbmigrate.internal.runtime.RevisionFiles;
import org.dbmigrate.internal.runtime.TestDatabase;
import org.dbmigrate.testsupport.JavaCommand;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14 point 9: four deployers, each a process of its own, run {@code upgrade head} at the same
 * moment on one H2 {@code AUTO_SERVER} file. Opening the file races for H2's lock file and the
 * process that serves it may exit while the others still use it; every deployer must still succeed
 * and every revision be applied exactly once.
 */
@Tag("h2")
@Tag("heavy")
class H2AutoServerDeployersTest {

    private static final int DEPLOYERS = 4;
    private static final int REVISIONS = 12;

    @TempDir
    Path dir;

    private TestDatabase.H2 db;

    @BeforeEach
    void revisions() throws Exception {
        db = new TestDatabase.H2("autoserver");
        RevisionFiles files = new RevisionFiles(dir);
        files.add("001", "", "Create items", "CREATE TABLE items (id INT PRIMARY KEY);\n"
                + "CREATE ALIAS PAUSE FOR 'java.lang.Thread.sleep';", "DROP ALIAS PAUSE; DROP TABLE items;");
        // each revision pauses, so that the winner holds the lock (and the file) while the others wait
        for (int i = 2; i <= REVISIONS; i++) {
            files.add(String.format("%03d", i), String.format("%03d", i - 1), "Item " + i,
                    "INSERT INTO items (id) VALUES (" + i + ");\nCALL PAUSE(200);", "DELETE FROM items WHERE id = "
                    + i + ";");
        }
    }

    @AfterEach
    void drop() throws Exception {
        db.close();
    }

    // Scenario: issue 14 point 9; four processes, one AUTO_SERVER file, all succeed, nothing applied twice.
    @RepeatedTest(3)
    void fourDeployersOnOneAutoServerFileAllSucceedAndApplyEachRevisionOnce() throws Exception {
        Path start = dir.resolve("start");
        List<Process> deployers = new ArrayList<>();
        for (int i = 0; i < DEPLOYERS; i++) {
            deployers.add(new ProcessBuilder(JavaCommand.onTestClassPath(H2DeployerMain.class, db.url(), db.user(),
                    dir.toString(), start.toString()))
                    .redirectErrorStream(true).redirectOutput(dir.resolve("deployer" + i + ".log").toFile()).start());
        }
        Thread.sleep(1500); // let the JVMs start, then let them all connect at once
        Files.writeString(start, "go");
        int applied = 0;
        for (int i = 0; i < DEPLOYERS; i++) {
            Process deployer = deployers.get(i);
            assertTrue(deployer.waitFor(180, TimeUnit.SECONDS), "deployer " + i + " still running");
            String log = Files.readString(dir.resolve("deployer" + i + ".log"));
            assertEquals(0, deployer.exitValue(), "deployer " + i + ":\n" + log);
            assertTrue(log.startsWith("OK "), log);
            applied += Integer.parseInt(log.strip().split(" ")[1]);
        }
        assertEquals(REVISIONS, applied, "the revisions were applied by the deployers together exactly once");
        assertEquals(List.of(String.format("%03d", REVISIONS)), query("SELECT version_num FROM migrate_version"));
        List<String> expected = new ArrayList<>();
        for (int i = 1; i <= REVISIONS; i++) {
            expected.add(String.format("%03d:upgrade:ok", i));
        }
        assertEquals(expected, query("SELECT revision || ':' || direction || ':' || CASE WHEN success THEN"
                + " 'ok' ELSE 'failed' END FROM migrate_history ORDER BY id"));
        assertEquals(List.of(String.valueOf(REVISIONS - 1)), query("SELECT COUNT(*) FROM items"));
    }

    private List<String> query(String sql) throws SQLException {
        try (Connection c = db.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            List<String> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
            return rows;
        }
    }
}
