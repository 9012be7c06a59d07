package org.dbmigrate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Issue 12: the everyday runs skip picocli; everything else still goes through it. */
class SimpleInvocationTest {

    private final DbManageCommand root = new DbManageCommand(new Settings("db-manage", "d", null,
            List.of(Path.of("migrate.conf")), Path.of(""), Map.of(), Map.of(), false),
            new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));

    private DbManageSubcommand simple(String... args) {
        return SimpleInvocation.of(args, root, Map.of());
    }

    @Test
    void theEverydayCommandsAreFilledAsPicocliWould() {
        UpgradeSubcommand upgrade = assertInstanceOf(UpgradeSubcommand.class,
                simple("--config-file", "a.conf", "-q", "--config-file=b.conf", "upgrade", "heads", "--debug"));
        assertEquals("heads", upgrade.target);
        assertEquals(null, upgrade.delta);
        assertTrue(!upgrade.sql && !upgrade.acceptChanged && !upgrade.format.json() && upgrade.fleet.targetFiles.isEmpty());
        assertEquals(List.of(Path.of("a.conf"), Path.of("b.conf")), root.options().configFiles());
        assertTrue(root.options().quiet() && root.options().debug() && !root.options().verbose() && !root.options().yes());

        assertNull(assertInstanceOf(UpgradeSubcommand.class, simple("upgrade")).target);
        UpgradeSubcommand offline = assertInstanceOf(UpgradeSubcommand.class, simple("upgrade", "--sql", "head"));
        assertTrue(offline.sql && offline.target.equals("head"));
        HistorySubcommand history = assertInstanceOf(HistorySubcommand.class, simple("history", "--verbose", "--yes"));
        assertTrue(history.range == null && !history.indicateCurrent && !history.format.json());
        assertTrue(root.options().verbose() && root.options().yes() && !root.options().quiet());
        assertInstanceOf(HeadsSubcommand.class, simple("heads"));
        assertInstanceOf(CurrentSubcommand.class, simple("-v", "current"));
    }

    @Test
    void anythingElseIsLeftToPicocli() {
        for (String[] args : List.of(new String[] {}, new String[] {"--help"}, new String[] {"upgrade", "--help"},
                new String[] {"--sql", "upgrade", "head"}, new String[] {"upgrade", "--sql", "head", "--sql"},
                new String[] {"heads", "--sql"}, new String[] {"upgrade", "a", "b"},
                new String[] {"heads", "extra"}, new String[] {"current", "-r"}, new String[] {"-qv", "heads"},
                new String[] {"-q", "heads", "--quiet"}, new String[] {"-v", "heads", "--verbose"},
                new String[] {"upgrade", "@args.txt"}, new String[] {"upgrade", ""}, new String[] {"--config-file"},
                new String[] {"--config-file", "-q", "heads"}, new String[] {"--config-file=", "heads"},
                new String[] {"--config-file", "a", "heads", "--config-file", "b"}, new String[] {"--config-file=a\0b", "heads"},
                new String[] {"--config-file", "heads", "heads"},
                new String[] {"history", "-r", "a:b"}, new String[] {"stamp", "head"}, new String[] {"upgarde"},
                new String[] {"--database-connection", "jdbc:h2:mem:", "heads"})) {
            assertNull(simple(args), () -> String.join(" ", args));
        }
        assertNull(SimpleInvocation.of(new String[] {"heads"}, root, Map.of("picocli.trace", "DEBUG")));
    }
}
