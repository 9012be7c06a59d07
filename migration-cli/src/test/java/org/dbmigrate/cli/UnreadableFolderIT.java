package org.dbmigrate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14.6: a versions folder the user cannot read is the user's problem: one FAILED line and exit
 * 1, not a bug report with a stack trace. The jar runs as user nobody (setpriv), since root reads
 * every folder.
 */
class UnreadableFolderIT {

    @TempDir
    Path dir;

    @Test
    void anUnreadableVersionsFolderIsOneLineAndExitOne() throws Exception {
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path versions = Files.createDirectories(dir.resolve("migrations/versions"));
        Files.setPosixFilePermissions(dir.resolve("migrations"), PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.writeString(dir.resolve("migrate.conf"), "[database]\nurl = jdbc:h2:mem:unused\n");
        Files.setPosixFilePermissions(dir.resolve("migrate.conf"), PosixFilePermissions.fromString("rw-r--r--"));
        Files.setPosixFilePermissions(versions, PosixFilePermissions.fromString("---------"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        CliRun run = new DbManageProcess(dir, Map.of()).runLauncher(Path.of("/usr/bin/setpriv"), "--reuid=65534",
                "--regid=65534", "--clear-groups", java, "-XX:-UsePerfData", "-jar",
                DbManageProcess.jar().toString(), "--config-file", dir.resolve("migrate.conf").toString(), "heads");
        assertEquals(ExitCode.FAILED, run.exitCode(), run::toString);
        assertEquals("FAILED: " + versions + ": cannot list the files (permission denied); check that the"
                + " folder is readable by this user\n", run.err());
    }
}
