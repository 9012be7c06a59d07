package org.dbmigrate.internal.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.dbmigrate.Migrator;
import org.dbmigrate.command.CurrentCommand;
import org.dbmigrate.command.StatusCommand;
import org.dbmigrate.command.UpgradeCommand;
import org.dbmigrate.config.MigrateConfig;
import org.dbmigrate.internal.command.CommandContext;
import org.dbmigrate.internal.script.TestConfigs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The first connection opened ahead ({@link ConnectAhead}, through {@link Migrator}) fails exactly as
 * a command connecting on its own thread does (the command object run directly, which connects at
 * the moment it needs to): same exception, same message, the same failure first when a revision
 * file is broken too, and no thread left when the command returns. No server needed: the ports are
 * closed or a socket that never answers.
 */
@Timeout(60)
class ConnectAheadTest {

    @TempDir
    Path dir;

    private final List<AutoCloseable> servers = new ArrayList<>();

    @AfterEach
    void closeServers() throws Exception {
        for (AutoCloseable server : servers) {
            server.close();
        }
    }

    private MigrateConfig config(String url) {
        new RevisionFiles(dir).add("001", "", "create a", "CREATE TABLE a (id INT)", "DROP TABLE a");
        return TestConfigs.at(dir).toBuilder().url(url).user("someone").headFile(false)
                .connectTimeout(Duration.ofSeconds(20)).build();
    }

    /** A port nothing listens on: the connection is refused at once. */
    private static String refusedUrl(String prefix) throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        return prefix + "127.0.0.1:" + port + "/app";
    }

    /** A server that accepts and never answers: the driver waits until connect_timeout. */
    private String frozenUrl() throws Exception {
        ServerSocket frozen = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        List<Socket> accepted = new ArrayList<>();
        servers.add(() -> {
            frozen.close();
            for (Socket socket : accepted) {
                socket.close();
            }
        });
        Thread acceptor = new Thread(() -> {
            try {
                while (true) {
                    accepted.add(frozen.accept());
                }
            } catch (Exception closed) {
                // the test is over
            }
        });
        acceptor.setDaemon(true);
        acceptor.start();
        return "jdbc:postgresql://127.0.0.1:" + frozen.getLocalPort() + "/app";
    }

    /** The command's failure through the Migrator (connecting ahead) and run directly (not): the same. */
    private RuntimeException assertSameFailure(MigrateConfig config, Function<Migrator, Object> throughMigrator,
            Function<CommandContext, Object> direct) {
        RuntimeException today = assertThrows(RuntimeException.class, () -> direct.apply(CommandContext.of(config)));
        RuntimeException ahead = assertThrows(RuntimeException.class,
                () -> throughMigrator.apply(Migrator.create(config)));
        assertEquals(today.getClass(), ahead.getClass());
        assertEquals(today.getMessage(), ahead.getMessage());
        assertNoConnectThread();
        return ahead;
    }

    private static void assertNoConnectThread() {
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            assertTrue(!thread.getName().equals("dbmigrate-connect") || !thread.isAlive(), "left running: " + thread);
        }
    }

    @Test
    void refusedConnectionFailsAsWithoutConnectingAhead() throws Exception {
        MigrateConfig config = config(refusedUrl("jdbc:postgresql://"));
        RuntimeException e = assertSameFailure(config, m -> m.upgrade("head"),
                c -> new UpgradeCommand(c).run(UpgradeCommand.Options.to("head")));
        assertTrue(e.getMessage().startsWith("cannot connect to the database: "), e.getMessage());
        assertSameFailure(config, m -> m.current(CurrentCommand.Options.DEFAULT),
                c -> new CurrentCommand(c).run(CurrentCommand.Options.DEFAULT));
        assertSameFailure(config, m -> m.status(new StatusCommand.Options()),
                c -> new StatusCommand(c).run(new StatusCommand.Options()));
    }

    @Test
    void refusedMysqlConnectionFailsAsWithoutConnectingAhead() throws Exception {
        MigrateConfig config = config(refusedUrl("jdbc:mysql://") + "?sslMode=DISABLED");
        assertSameFailure(config, m -> m.upgrade("head"),
                c -> new UpgradeCommand(c).run(UpgradeCommand.Options.to("head")));
    }

    @Test
    void aBrokenRevisionFileIsStillReportedBeforeTheConnection() throws Exception {
        MigrateConfig config = config(refusedUrl("jdbc:postgresql://"));
        new RevisionFiles(dir).write("002_broken.sql", "-- a file without its header\nSELECT 1;\n");
        RuntimeException e = assertSameFailure(config, m -> m.upgrade("head"),
                c -> new UpgradeCommand(c).run(UpgradeCommand.Options.to("head")));
        assertTrue(e.getMessage().contains("002_broken.sql"), e.getMessage());
    }

    @Test
    void aUserSetTwiceIsReportedWhereItWasBefore() throws Exception {
        MigrateConfig config = config(refusedUrl("jdbc:postgresql://") + "?user=other");
        RuntimeException e = assertSameFailure(config, m -> m.upgrade("head"),
                c -> new UpgradeCommand(c).run(UpgradeCommand.Options.to("head")));
        assertTrue(e.getMessage().startsWith("the database user is set twice"), e.getMessage());
    }

    @Test
    void aCommandFailingBeforeItConnectsDoesNotWaitForAServerThatNeverAnswers() throws Exception {
        MigrateConfig config = config(frozenUrl());
        new RevisionFiles(dir).write("002_broken.sql", "-- a file without its header\nSELECT 1;\n");
        long start = System.nanoTime();
        RuntimeException e = assertThrows(RuntimeException.class, () -> Migrator.create(config).upgrade("head"));
        long seconds = Duration.ofNanos(System.nanoTime() - start).toSeconds();
        assertTrue(e.getMessage().contains("002_broken.sql"), e.getMessage());
        assertTrue(seconds < 10, "waited " + seconds + " s for a connection nobody needed (connect_timeout 20 s)");
        assertNoConnectThread();
    }

    @Test
    void aServerThatNeverAnswersStillFailsNamingConnectTimeout() throws Exception {
        MigrateConfig config = config(frozenUrl()).toBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        RuntimeException e = assertSameFailure(config, m -> m.current(CurrentCommand.Options.DEFAULT),
                c -> new CurrentCommand(c).run(CurrentCommand.Options.DEFAULT));
        assertTrue(e.getMessage().contains("connect_timeout = 2 s"), e.getMessage());
    }

    @Test
    void anH2FileIsNotOpenedAhead() throws Exception {
        MigrateConfig config = config("jdbc:h2:" + dir.resolve("app") + ";AUTO_SERVER=TRUE");
        try (ConnectionSource.Ahead ahead = ConnectionSource.of(config).connectAhead()) {
            assertTrue(!ahead.connecting());
            assertNoConnectThread();
        }
        try (ConnectionSource.Ahead ahead = ConnectionSource.of(config(frozenUrl())).connectAhead()) {
            assertTrue(ahead.connecting(), "a server's connection is opened ahead");
        }
        assertNoConnectThread();
    }

    @Test
    void aFailureThrownAheadShowsTheCommandsStack() throws Exception {
        MigrateConfig config = config(refusedUrl("jdbc:postgresql://"));
        RuntimeException e = assertThrows(RuntimeException.class, () -> Migrator.create(config).upgrade("head"));
        Throwable cause = e.getCause();
        List<String> frames = new ArrayList<>();
        for (StackTraceElement frame : cause.getStackTrace()) {
            frames.add(frame.getClassName() + "." + frame.getMethodName());
        }
        assertTrue(frames.stream().anyMatch(f -> f.startsWith(UpgradeCommand.class.getName() + ".run")), frames.toString());
        assertTrue(frames.stream().noneMatch(f -> f.startsWith(ConnectAhead.class.getName() + ".")), frames.toString());
    }
}
