package org.dbmigrate.internal.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SPEC section 4: new files come from script.sql.vm in the script location, else the built-in template. */
class RevisionTemplateTest {

    @TempDir
    Path dir;

    private static RevisionTemplate.Values values(List<String> parents, List<String> labels, List<String> deps,
            boolean downgrade) {
        return new RevisionTemplate.Values("002", parents, labels, deps, "2026-11-22 10:15:00", "Add users table",
                "", "", downgrade, Map.of("tenant", "acme"));
    }

    @Test
    void builtInTemplateForARevision() {
        String text = RevisionTemplate.render(dir, "script.sql.vm", values(List.of("001"), List.of(), List.of(), true));
        assertEquals("""
                -- Add users table
                --
                -- Revision: 002
                -- Revises: 001
                -- Create Date: 2026-11-22 10:15:00

                -- migrate:upgrade


                -- migrate:downgrade

                """, text);
    }

    @Test
    void builtInTemplateForABaseWithLabelsDependenciesAndNoDowngrade() {
        String text = RevisionTemplate.render(dir, "script.sql.vm",
                values(List.of(), List.of("audit", "x"), List.of("001", "core"), false));
        assertEquals("""
                -- Add users table
                --
                -- Revision: 002
                -- Revises:
                -- Create Date: 2026-11-22 10:15:00
                -- Branch Labels: audit, x
                -- Depends On: 001, core

                -- migrate:upgrade

                """, text);
    }

    @Test
    void builtInTemplateParsesBack() {
        RevisionTemplate.Values values = new RevisionTemplate.Values("002", List.of("001a", "001b"), List.of("audit"),
                List.of("core"), "2026-11-22 10:15:00", "Merge it", "CREATE TABLE a (id INT);\nINSERT INTO a VALUES (1);",
                "DROP TABLE a;", true, Map.of());
        String text = RevisionTemplate.render(dir, "script.sql.vm", values);
        RevisionFileParser.Parsed parsed = RevisionFileParser.parse(Path.of("002_merge_it.sql"), "002_merge_it.sql", text,
                SqlSyntax.STANDARD);
        assertEquals("002", parsed.script().revision().id());
        assertEquals(List.of("001a", "001b"), parsed.script().revision().parents());
        assertEquals(List.of("audit"), parsed.header().branchLabels());
        assertEquals(List.of("core"), parsed.header().dependsOn());
        assertEquals("Merge it", parsed.script().revision().message());
        assertEquals("2026-11-22 10:15:00", parsed.script().createDate());
        assertEquals(List.of(new SqlStatement("CREATE TABLE a (id INT)", 10),
                new SqlStatement("INSERT INTO a VALUES (1)", 11)),
                parsed.script().upgrade().statements());
        assertEquals(List.of(new SqlStatement("DROP TABLE a", 14)),
                parsed.script().downgrade().orElseThrow().statements());
    }

    @Test
    void projectTemplateWinsAndSeesTemplateArgs() throws IOException {
        Files.writeString(dir.resolve("script.sql.vm"), """
                -- ${message} for $tenant ($args.tenant)
                --
                -- Revision: ${up_revision}
                -- Revises: ${down_revision}
                -- Create Date: ${create_date}
                -- Reviewed-By: $!reviewer

                -- migrate:upgrade
                SET search_path = $tenant;
                """);
        String text = RevisionTemplate.render(dir, "script.sql.vm", values(List.of("001"), List.of(), List.of(), true));
        assertEquals("""
                -- Add users table for acme (acme)
                --
                -- Revision: 002
                -- Revises: 001
                -- Create Date: 2026-11-22 10:15:00
                -- Reviewed-By:\s

                -- migrate:upgrade
                SET search_path = acme;
                """, text);
    }

    @Test
    void brokenProjectTemplateNamesTheFileAndLine() throws IOException {
        Files.writeString(dir.resolve("script.sql.vm"), "-- ${message}\n#if($id\n");
        ScriptFileError e = assertThrows(ScriptFileError.class,
                () -> RevisionTemplate.render(dir, "script.sql.vm", values(List.of(), List.of(), List.of(), true)));
        assertTrue(e.getMessage().startsWith("script.sql.vm:"), e.getMessage());
        assertTrue(e.getMessage().contains("template syntax error"), e.getMessage());
    }
}
