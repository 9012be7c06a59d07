package org.dbmigrate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12: the connection is opened ahead, on its own thread, while db-manage reads the revision
 * files; a server that refuses it, or a broken file, still ends the run with the one FAILED line and
 * exit code 1 it always did (the broken file first), with or without picocli, and leaves no thread.
 * No server needed: the port is closed.
 */
class ConnectionFailureTest {

    @TempDir
    Path dir;

    private int closedPort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private int project() throws Exception {
        int port = closedPort();
        MigrationsProject.write(dir.resolve(MigrationsProject.CONFIG), """
                [database]
                url = jdbc:postgresql://127.0.0.1:%d/app
                user = someone

                [migrate]
                script_location = migrations
                head_file = false
                """.formatted(port));
        MigrationsProject.revision(dir.resolve("migrations/versions/001_initial.sql"), "Initial", "001", "",
                "CREATE TABLE a (id INT);", "DROP TABLE a;");
        return port;
    }

    private CliRun run(Map<String, String> properties, String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--config-file";
        all[1] = MigrationsProject.CONFIG;
        System.arraycopy(args, 0, all, 2, args.length);
        CliRun run = CliRun.of(DbManage.builder().workingDir(dir).environment(Map.of()).systemProperties(properties)
                .terminal(false), all);
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            assertFalse(thread.getName().equals("dbmigrate-connect") && thread.isAlive(), "left running: " + thread);
        }
        return run;
    }

    /** The same run without picocli and through it (a picocli.* property forces it). */
    private void assertFails(String err, String... args) {
        for (Map<String, String> properties : List.of(Map.<String, String>of(), Map.of("picocli.trace", "OFF"))) {
            CliRun run = run(properties, args);
            assertEquals(new CliRun(1, "", err).toString(), run.toString(), String.join(" ", args) + " " + properties);
        }
    }

    @Test
    void aRefusedConnectionIsOneFailedLine() throws Exception {
        int port = project();
        String refused = "FAILED: cannot connect to the database: Connection to 127.0.0.1:" + port + " refused."
                + " Check that the hostname and port are correct and that the postmaster is accepting TCP/IP"
                + " connections.\n";
        assertFails(refused, "upgrade");
        assertFails(refused, "upgrade", "heads");
        assertFails(refused, "current");
        assertFails(refused, "current", "--format", "json");
        assertFails(refused, "status", "--format", "json");
        assertFails(refused, "status");
        assertFails(refused, "stamp", "001");
        assertFails(refused, "downgrade", "base");
    }

    @Test
    void aBrokenRevisionFileIsStillReportedFirst() throws Exception {
        project();
        MigrationsProject.write(dir.resolve("migrations/versions/002_broken.sql"), "-- no header\nSELECT 1;\n");
        CliRun run = run(Map.of(), "upgrade");
        assertEquals(1, run.exitCode());
        assertTrue(run.err().startsWith("FAILED: ") && run.err().contains("002_broken.sql")
                && !run.err().contains("cannot connect"), run.err());
        assertEquals(run.toString(), run(Map.of("picocli.trace", "OFF"), "upgrade").toString());
    }

    @Test
    void debugShowsTheTraceOfTheCommandThatConnects() throws Exception {
        project();
        CliRun run = run(Map.of(), "--debug", "upgrade");
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("at org.dbmigrate.command.UpgradeCommand.run("), run.err());
        assertFalse(run.err().contains("ConnectAhead."), run.err());
    }
}
