package org.dbmigrate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Issue 20 point 6: --classpath takes the platform's path separator and commas, as [autogenerate] classpath does. */
class ModelClasspathOptionTest {

    @Test
    void bothSeparatorsSplitTheClasspath() {
        String value = "target/classes" + File.pathSeparator + "lib/a.jar,lib/b.jar";
        List<Path> expected = List.of(Path.of("target/classes"), Path.of("lib/a.jar"), Path.of("lib/b.jar"));
        RevisionSubcommand revision = new RevisionSubcommand();
        new CommandLine(revision).parseArgs("--classpath", value);
        assertEquals(expected, revision.classpath);
        CheckSubcommand check = new CheckSubcommand();
        new CommandLine(check).parseArgs("--classpath", value);
        assertEquals(expected, check.classpath);
    }
}
