package org.dbmigrate.internal.command;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.dbmigrate.graph.Revision;
import org.dbmigrate.internal.script.ScriptDirectory;

/**
 * Runs the real Alembic 1.8.1 (src/test/python/alembic_views.py, Debian's /usr/bin/python3) on the
 * same revisions as a script directory and returns its stdout per view. Fails, never skips, when
 * Alembic is missing: these tests are the proof that our text is Alembic's.
 */
final class AlembicViews {

    private static final String PYTHON = "/usr/bin/python3";
    private static final Path SCRIPT = Path.of("src/test/python/alembic_views.py");

    private AlembicViews() {
    }

    /** View name ({@code heads}, {@code history -v}, {@code show 002}...) to Alembic's output lines. */
    static Map<String, List<String>> of(ScriptDirectory directory) throws IOException, InterruptedException {
        StringBuilder input = new StringBuilder();
        for (Revision r : directory.revisions()) {
            input.append(r.id()).append('|').append(String.join(",", r.parents())).append('|')
                    .append(String.join(",", directory.header(r.id()).branchLabels())).append('|')
                    .append(String.join(",", r.dependsOn())).append('|')
                    .append(String.join("\\n", directory.header(r.id()).text())).append('\n');
        }
        Process process = new ProcessBuilder(PYTHON, SCRIPT.toString()).redirectErrorStream(false).start();
        try (OutputStream stdin = process.getOutputStream()) {
            stdin.write(input.toString().getBytes(StandardCharsets.UTF_8));
        }
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new AssertionError("Alembic could not be run (" + PYTHON + " " + SCRIPT + "; install the Debian"
                    + " alembic package): " + err);
        }
        Map<String, List<String>> views = new LinkedHashMap<>();
        List<String> current = null;
        for (String line : out.split("\n", -1)) {
            if (line.startsWith("### ")) {
                current = new ArrayList<>();
                views.put(line.substring(4), current);
            } else if (current != null) {
                current.add(line);
            }
        }
        // the output ends with a newline: the empty piece after it is not a line of the last view
        if (current != null && !current.isEmpty() && current.get(current.size() - 1).isEmpty()) {
            current.remove(current.size() - 1);
        }
        return views;
    }
}
