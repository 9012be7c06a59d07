package org.dbmigrate.internal.command;

import org.dbmigrate.command.CleanCommand;
import org.dbmigrate.command.DowngradeCommand;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.dbmigrate.Migrator;
import org.dbmigrate.config.MigrateConfig;
import org.dbmigrate.error.MigrationError;
import org.dbmigrate.internal.runtime.RevisionFiles;
import org.dbmigrate.internal.script.TestConfigs;
import org.dbmigrate.runtime.MigrationListener;
import org.h2.tools.Server;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database that is not local: an H2 TCP server reached through this machine's own non-loopback
 * address. Destructive commands must be confirmed by the listener (a terminal question, --yes).
 */
@Tag("h2")
class NonLocalConfirmationTest {

    @TempDir
    Path dir;

    private Server server;
    private String url;

    @BeforeEach
    void startServer() throws Exception {
        server = Server.createTcpServer("-tcpPort", "0", "-tcpAllowOthers", "-ifNotExists").start();
        url = "jdbc:h2:tcp://" + nonLoopbackAddress() + ":" + server.getPort() + "/mem:remote_" + System.nanoTime()
                + ";DB_CLOSE_DELAY=-1";
    }

    @AfterEach
    void stopServer() {
        server.stop();
    }

    private static String nonLoopbackAddress() throws Exception {
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            for (InetAddress address : Collections.list(nic.getInetAddresses())) {
                if (!address.isLoopbackAddress() && address instanceof Inet4Address) {
                    return address.getHostAddress();
                }
            }
        }
        throw new AssertionError("this machine has no non-loopback IPv4 address to test with");
    }

    private Migrator migrator(MigrationListener listener) {
        MigrateConfig config = TestConfigs.at(dir).toBuilder().url(url).user("sa")
                .safety(new MigrateConfig.Safety(true, false)).build();
        return Migrator.create(config).withListener(listener);
    }

    @Test
    void destructiveCommandsOnANonLocalDatabaseNeedConfirmation() throws Exception {
        RevisionFiles files = new RevisionFiles(dir);
        files.add("001", "", "A", "CREATE TABLE a (id INT);", "DROP TABLE a;");
        files.add("002", "001", "B", "CREATE TABLE b (id INT);", "DROP TABLE b;");
        List<String> questions = new ArrayList<>();
        MigrationListener saysNo = new MigrationListener() {
            @Override
            public boolean confirm(String question) {
                questions.add(question);
                return false;
            }
        };
        migrator(saysNo).upgrade("head");

        MigrationError refused = assertThrows(MigrationError.class, () -> migrator(saysNo).clean());
        assertTrue(refused.getMessage().startsWith("clean on jdbc:h2:tcp://"), refused.getMessage());
        assertTrue(refused.getMessage().endsWith("was not confirmed: it is not a local database; answer 'yes' on a"
                + " terminal, or add --yes (Maven: -Dyes) to confirm"), refused.getMessage());
        assertThrows(MigrationError.class,
                () -> migrator(saysNo).downgrade(new DowngradeCommand.Options("base", null, false, null)));
        assertEquals(2, questions.size());
        assertTrue(questions.get(1).startsWith("downgrade base on jdbc:h2:tcp://"), questions.get(1));
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            assertTrue(c.getMetaData().getTables(null, null, "B", null).next());
        }

        MigrationListener saysYes = new MigrationListener() {
            @Override
            public boolean confirm(String question) {
                return true;
            }
        };
        CleanCommand.Result cleaned = migrator(saysYes).clean();
        assertTrue(cleaned.lines().get(0).startsWith("Cleaned PUBLIC: dropped "), cleaned.lines().get(0));
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            assertFalse(c.getMetaData().getTables(null, null, "B", null).next());
        }
    }
}
