package org.dbmigrate.internal.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.dbmigrate.Migrator;
import org.dbmigrate.command.CurrentCommand;
import org.dbmigrate.config.MigrateConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The connection opened ahead on a real server: taken and used by the command, closed when the
 * command failed before it needed one, and no thread left either way.
 */
@Tag("postgresql")
@Timeout(60)
class PostgresConnectAheadTest {

    @TempDir
    Path dir;

    private TestDatabase db;

    @BeforeEach
    void createDatabase() throws Exception {
        db = new TestDatabase.Postgres("ahead");
        new RevisionFiles(dir).add("001", "", "create a", "CREATE TABLE a (id INT)", "DROP TABLE a");
    }

    @AfterEach
    void dropDatabase() throws Exception {
        db.close();
    }

    private MigrateConfig config() {
        return RuntimeTestConfig.of(db, dir).toBuilder().headFile(false).build();
    }

    /** Other sessions on the test database, waiting a moment for the server to see a close. */
    private long otherSessions() throws Exception {
        String sql = "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
                + " AND pid <> pg_backend_pid()";
        long count = Long.parseLong(db.query(sql).get(0));
        for (int i = 0; i < 50 && count > 0; i++) {
            Thread.sleep(100);
            count = Long.parseLong(db.query(sql).get(0));
        }
        return count;
    }

    private static void assertNoConnectThread() {
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            assertTrue(!thread.getName().equals("dbmigrate-connect") || !thread.isAlive(), "left running: " + thread);
        }
    }

    @Test
    void theCommandTakesTheConnectionOpenedAhead() throws Exception {
        Migrator migrator = Migrator.create(config());
        assertEquals(List.of("001"), migrator.upgrade("head").to().stream().toList());
        assertEquals(List.of("001"), migrator.current(CurrentCommand.Options.DEFAULT).heads());
        assertEquals(List.of("001"), db.versions());
        assertNoConnectThread();
        assertEquals(0, otherSessions());
    }

    @Test
    void aConnectionTheCommandNeverTookIsClosed() throws Exception {
        new RevisionFiles(dir).write("002_broken.sql", "-- a file without its header\nSELECT 1;\n");
        RuntimeException e = assertThrows(RuntimeException.class, () -> Migrator.create(config()).upgrade("head"));
        assertTrue(e.getMessage().contains("002_broken.sql"), e.getMessage());
        assertNoConnectThread();
        assertEquals(0, otherSessions());
        assertEquals(List.of(), db.query("SELECT table_name FROM information_schema.tables"
                + " WHERE table_schema = 'public'"), "the database stays untouched");
    }
}
