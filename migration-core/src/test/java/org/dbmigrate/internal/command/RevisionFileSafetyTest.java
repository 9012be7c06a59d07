package org.dbmigrate.internal.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.dbmigrate.internal.script.ScriptDirectory;
import org.dbmigrate.internal.script.TestConfigs;
import org.dbmigrate.testsupport.JavaCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14.4 and 14.5: {@code revision} run by several processes at once never writes two files with
 * one id, and a write that fails (here: a file-size limit of 0) leaves no empty revision behind.
 */
class RevisionFileSafetyTest {

    @TempDir
    Path dir;

    private Process start(String message, int count, String shellPrefix) throws Exception {
        List<String> command = JavaCommand.onTestClassPath(RevisionMain.class, dir.toString(), message,
                String.valueOf(count));
        if (shellPrefix != null) {
            command.addAll(0, List.of("bash", "-c", shellPrefix + " exec \"$0\" \"$@\""));
        }
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    @Test
    void concurrentRevisionProcessesNeverShareAnId() throws Exception {
        List<Process> processes = new ArrayList<>();
        for (int p = 0; p < 3; p++) {
            processes.add(start("writer " + p, 6, null));
        }
        for (Process process : processes) {
            String output = new String(process.getInputStream().readAllBytes());
            assertTrue(process.waitFor(120, TimeUnit.SECONDS));
            assertEquals(0, process.exitValue(), output);
        }
        ScriptDirectory scripts = ScriptDirectory.load(TestConfigs.at(dir));
        assertEquals(18, scripts.graph().revisions().size());
        assertEquals(List.of("018"), scripts.graph().heads(), "one line of 18 revisions, no two sharing an id");
        assertEquals("018\n", Files.readString(dir.resolve("versions/HEAD")));
    }

    @Test
    void aFailedWriteLeavesNoEmptyRevisionFile() throws Exception {
        Process first = start("first", 1, null);
        assertEquals(0, first.waitFor(), new String(first.getInputStream().readAllBytes()));
        // a file-size limit of 0 makes every write of a byte fail, as a full disk does
        Process limited = start("second", 1, "ulimit -f 0;");
        String output = new String(limited.getInputStream().readAllBytes());
        assertTrue(limited.waitFor(60, TimeUnit.SECONDS));
        assertNotEquals(0, limited.exitValue(), output);
        assertTrue(output.startsWith("FAILED: "), output);
        try (Stream<Path> files = Files.list(dir.resolve("versions"))) {
            List<String> names = files.map(f -> f.getFileName().toString()).filter(n -> !n.equals(".dbmigrate.lock"))
                    .sorted().toList();
            assertEquals(List.of("001_first_0.sql", "HEAD"), names, "no empty 002 file, no temporary file");
        }
        assertEquals("001\n", Files.readString(dir.resolve("versions/HEAD")));
        ScriptDirectory.load(TestConfigs.at(dir));
    }
}
