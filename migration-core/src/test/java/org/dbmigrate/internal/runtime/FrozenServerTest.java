package org.dbmigrate.internal.runtime;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.dbmigrate.Migrator;
import org.dbmigrate.command.CurrentCommand;
import org.dbmigrate.config.MigrateConfig;
import org.dbmigrate.error.MigrationError;
import org.dbmigrate.internal.script.TestConfigs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14.8: a server that accepts connections and never answers (a frozen database, here a
 * loopback socket that reads nothing) must not hold the client for ever: connect_timeout fires and
 * the message names it, for each driver.
 */
@Timeout(60)
class FrozenServerTest {

    @TempDir
    Path dir;

    private ServerSocket frozen;
    private final List<Socket> accepted = new ArrayList<>();

    @BeforeEach
    void startFrozenServer() throws Exception {
        frozen = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
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
    }

    @AfterEach
    void stopFrozenServer() throws Exception {
        frozen.close();
        for (Socket socket : accepted) {
            socket.close();
        }
    }

    private void assertGivesUpNamingConnectTimeout(String url) {
        MigrateConfig config = TestConfigs.at(dir).toBuilder().url(url).user("someone")
                .connectTimeout(Duration.ofSeconds(2)).build();
        long start = System.nanoTime();
        MigrationError e = assertThrows(MigrationError.class,
                () -> Migrator.create(config).current(new CurrentCommand.Options(false)));
        long seconds = Duration.ofNanos(System.nanoTime() - start).toSeconds();
        assertTrue(seconds < 20, "gave up after " + seconds + " s");
        assertTrue(e.getMessage().startsWith("cannot connect to the database: "), e.getMessage());
        assertTrue(e.getMessage().contains("did not answer within connect_timeout = 2 s ([database] connect_timeout)"),
                e.getMessage());
        assertTrue(!e.getMessage().contains("\n"), e.getMessage());
    }

    @Test
    void postgresqlDriverGivesUp() {
        assertGivesUpNamingConnectTimeout("jdbc:postgresql://127.0.0.1:" + frozen.getLocalPort() + "/app");
    }

    @Test
    void mysqlDriverGivesUp() {
        assertGivesUpNamingConnectTimeout("jdbc:mysql://127.0.0.1:" + frozen.getLocalPort()
                + "/app?sslMode=DISABLED&allowPublicKeyRetrieval=true");
    }
}
