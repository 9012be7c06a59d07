package org.dbmigrate.internal.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 14.10: a project's script.sql.vm cannot reach Java reflection, so it cannot start programs. */
class TemplateSandboxTest {

    @TempDir
    Path dir;

    private String render(String template) throws Exception {
        Files.writeString(dir.resolve("script.sql.vm"), template);
        return RevisionTemplate.render(dir, "script.sql.vm", new RevisionTemplate.Values("002", List.of("001"),
                List.of(), List.of(), "2026-11-22 10:15:00", "m", "", "", true, Map.of()));
    }

    @Test
    void aTemplateCannotRunAProgramThroughReflection() throws Exception {
        Path marker = dir.resolve("pwned");
        String out = render("#set($c = $message.getClass().forName(\"java.lang.Runtime\"))"
                + "#set($r = $c.getMethod(\"getRuntime\").invoke(null))"
                + "$r.exec(\"touch " + marker + "\").waitFor()|$c|$message.getClass().getName()|"
                + "$args.getClass().getClassLoader()");
        assertFalse(Files.exists(marker), "the template started a program: " + out);
        // a class's name is harmless; forName, getMethod and getClassLoader are refused and render as written
        assertEquals("$r.exec(\"touch " + marker + "\").waitFor()|$c|java.lang.String|"
                + "$args.getClass().getClassLoader()", out);
    }

    @Test
    void whatTemplatesNeedStillWorks() throws Exception {
        assertEquals("002 001 M 1", render("$id $down_revision $message.toUpperCase() $downRevisions.size()"));
    }
}
