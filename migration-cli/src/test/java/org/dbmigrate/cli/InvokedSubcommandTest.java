package org.dbmigrate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Command;

/** Issue 12: picocli builds only the subcommand a run names; anything unusual keeps them all. */
class InvokedSubcommandTest {

    private final List<Object> builtIn = Subcommands.builtIn();

    private List<String> registered(String... args) {
        return InvokedSubcommand.needed(builtIn, args).stream()
                .map(o -> o.getClass().getAnnotation(Command.class).name()).toList();
    }

    @Test
    void theNamedCommandAlone() {
        assertEquals(List.of("upgrade"), registered("upgrade", "head", "--sql"));
        assertEquals(List.of("upgrade"), registered("--config-file", "app.conf", "-q", "upgrade", "head"));
        assertEquals(List.of("current"), registered("--config-file=app.conf", "--database-connection", "jdbc:h2:mem:",
                "-x", "a=b", "--debug", "current"));
        assertEquals(List.of("check_migration"), registered("check-migration"));
    }

    @Test
    void everyCommandWhenInDoubt() {
        assertSame(builtIn, InvokedSubcommand.needed(builtIn, new String[] {"--help"}));
        assertSame(builtIn, InvokedSubcommand.needed(builtIn, new String[] {}));
        assertSame(builtIn, InvokedSubcommand.needed(builtIn, new String[] {"upgarde", "head"}));
        assertSame(builtIn, InvokedSubcommand.needed(builtIn, new String[] {"--unknown", "upgrade"}));
        assertSame(builtIn, InvokedSubcommand.needed(builtIn, new String[] {"-qv", "upgrade"}));
    }
}
