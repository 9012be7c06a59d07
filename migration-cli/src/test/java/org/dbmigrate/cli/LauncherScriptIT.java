package org.dbmigrate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 5: the POSIX launcher finds the jar next to itself (also through a symlink) and passes JAVA_OPTS. */
class LauncherScriptIT {

    @TempDir
    Path dir;

    @Test
    void versionComesFromTheJarManifest() {
        CliRun run = new DbManageProcess(dir, Map.of()).runLauncher(DbManageProcess.launcher(), "--version");
        assertEquals(0, run.exitCode(), run::toString);
        assertEquals("db-manage 0.1.0-SNAPSHOT\n", run.out());
    }

    @Test
    void symlinkedLauncherStillFindsTheJar() throws Exception {
        Path link = Files.createSymbolicLink(dir.resolve("db-manage"), DbManageProcess.launcher());
        CliRun run = new DbManageProcess(dir, Map.of()).runLauncher(link, "--help");
        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.out().startsWith("Usage: db-manage "), run::toString);
    }

    @Test
    void javaOptsPropertiesAreSettings() {
        CliRun run = new DbManageProcess(dir, Map.of("JAVA_OPTS", "-Xmx128m -Dmigrate.revisionId=bogus"))
                .runLauncher(DbManageProcess.launcher(), "heads");
        assertEquals(ExitCode.FAILED, run.exitCode(), run::toString);
        assertEquals("FAILED: command line: -Dmigrate.revisionId = 'bogus' is not valid; use sequential or hex\n",
                run.err());
    }

    @Test
    void launcherWithoutItsJarSaysSo() throws Exception {
        Path copy = Files.copy(DbManageProcess.launcher(), dir.resolve("db-manage"));
        assertTrue(copy.toFile().setExecutable(true));
        CliRun run = new DbManageProcess(dir, Map.of()).runLauncher(copy, "--version");
        assertEquals(ExitCode.BUG, run.exitCode(), run::toString);
        assertTrue(run.err().contains("db-manage.jar not found"), run::toString);
    }
}
