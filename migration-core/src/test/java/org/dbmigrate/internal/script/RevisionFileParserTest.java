package org.dbmigrate.internal.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** SPEC section 4: the header of a revision file, its name, and its checksum. */
class RevisionFileParserTest {

    private static final String SPEC_EXAMPLE = """
            -- Add users table
            --
            -- Revision: 002
            -- Revises: 001
            -- Create Date: 2026-11-22 10:15:00

            -- migrate:upgrade
            CREATE TABLE users (id INT PRIMARY KEY, name VARCHAR(50) NOT NULL);

            -- migrate:downgrade
            DROP TABLE users;
            """;

    static RevisionFileParser.Parsed parse(String name, String text) {
        return RevisionFileParser.parse(Path.of("versions", name), "versions/" + name, text, SqlSyntax.STANDARD);
    }

    static ScriptFileError fails(String name, String text) {
        return assertThrows(ScriptFileError.class, () -> parse(name, text));
    }

    @Test
    void specExampleParses() {
        RevisionScript script = parse("002_add_users_table.sql", SPEC_EXAMPLE).script();
        assertEquals("002", script.revision().id());
        assertEquals(List.of("001"), script.revision().parents());
        assertEquals("Add users table", script.revision().message());
        assertEquals("2026-11-22 10:15:00", script.createDate());
        assertEquals(List.of(new SqlStatement(
                "CREATE TABLE users (id INT PRIMARY KEY, name VARCHAR(50) NOT NULL)", 8)), script.upgrade().statements());
        assertEquals(List.of(new SqlStatement("DROP TABLE users", 11)), script.downgrade().orElseThrow().statements());
        assertTrue(script.upgrade().transactional());
    }

    @Test
    void emptyRevisesIsABaseAndCommasMakeAMerge() {
        String base = SPEC_EXAMPLE.replace("Revises: 001", "Revises:");
        assertTrue(parse("002_x.sql", base).script().revision().isBase());
        String merge = SPEC_EXAMPLE.replace("Revises: 001", "Revises: 001a, 001b");
        assertEquals(List.of("001a", "001b"), parse("002_x.sql", merge).script().revision().parents());
    }

    @Test
    void optionalLabelsAndDependencies() {
        String text = SPEC_EXAMPLE.replace("-- Create Date: 2026-11-22 10:15:00",
                "-- Create Date: 2026-11-22 10:15:00\n-- Branch Labels: audit, billing\n-- Depends On: 0a1b, core");
        RevisionFileParser.Parsed parsed = parse("002_x.sql", text);
        assertEquals(Set.of("audit", "billing"), parsed.script().revision().branchLabels());
        assertEquals(List.of("audit", "billing"), parsed.header().branchLabels());
        assertEquals(List.of("0a1b", "core"), parsed.script().revision().dependsOn());
    }

    @Test
    void headerTextIsKeptForShow() {
        RevisionHeader header = parse("002_x.sql", SPEC_EXAMPLE).header();
        assertEquals(List.of("Add users table", "", "Revision: 002", "Revises: 001",
                "Create Date: 2026-11-22 10:15:00"), header.text());
    }

    @Test
    void noMessageLineGivesEmptyMessage() {
        String text = "-- Revision: 001\n-- Revises:\n-- migrate:upgrade\nSELECT 1;\n";
        assertEquals("", parse("001.sql", text).script().revision().message());
    }

    @Test
    void downgradeSectionIsOptional() {
        String text = SPEC_EXAMPLE.substring(0, SPEC_EXAMPLE.indexOf("-- migrate:downgrade"));
        assertTrue(parse("002_x.sql", text).script().downgrade().isEmpty());
    }

    @Test
    void fileNameMayBeJustTheId() {
        assertEquals("002", parse("002.sql", SPEC_EXAMPLE).script().revision().id());
    }

    @Test
    void idsMayContainUnderscoresLikeReleaseNames() {
        String text = SPEC_EXAMPLE.replace("Revision: 002", "Revision: stable_2024");
        assertEquals("stable_2024", parse("stable_2024_add_users.sql", text).script().revision().id());
    }

    @Test
    void fileNameMustStartWithTheId() {
        ScriptFileError e = fails("003_add_users.sql", SPEC_EXAMPLE);
        assertEquals("versions/003_add_users.sql: the file name does not start with its id '002' (from '-- Revision:');"
                + " rename the file to 002_<slug>.sql or correct the '-- Revision:' line", e.getMessage());
        // a longer id that merely starts like the file's is not accepted either
        fails("0021_add_users.sql", SPEC_EXAMPLE);
    }

    @Test
    void badIdCharactersAreRejectedWithTheLine() {
        ScriptFileError e = fails("00-2_x.sql", SPEC_EXAMPLE.replace("Revision: 002", "Revision: 00-2"));
        assertEquals(3, e.line());
        assertTrue(e.getMessage().startsWith("versions/00-2_x.sql:3: bad revision id '00-2'"), e.getMessage());
    }

    @Test
    void badRevisesEntryIsRejected() {
        ScriptFileError e = fails("002_x.sql", SPEC_EXAMPLE.replace("Revises: 001", "Revises: 001,, 000"));
        assertEquals(4, e.line());
        assertTrue(e.getMessage().contains("bad entry '' in 'Revises:'"), e.getMessage());
        assertTrue(fails("002_x.sql", SPEC_EXAMPLE.replace("Revises: 001", "Revises: 001, 001"))
                .getMessage().contains("appears twice"));
    }

    @Test
    void missingFieldsAreNamed() {
        assertTrue(fails("002_x.sql", SPEC_EXAMPLE.replace("-- Revision: 002\n", ""))
                .getMessage().startsWith("versions/002_x.sql:1: no '-- Revision:' header line; "));
        assertTrue(fails("002_x.sql", SPEC_EXAMPLE.replace("-- Revises: 001\n", ""))
                .getMessage().contains("no '-- Revises:' header line"));
        assertTrue(fails("002_x.sql", SPEC_EXAMPLE.replace("-- Revises: 001\n", "-- Revises: 001\n-- Revises: 000\n"))
                .getMessage().startsWith("versions/002_x.sql:5: second 'Revises:' header line"));
    }

    @Test
    void headerEndsAtTheFirstBlankLine() {
        // fields below a blank line are ordinary comments, so the Revision: is missing
        String text = "-- message\n\n-- Revision: 001\n-- Revises:\n-- migrate:upgrade\nSELECT 1;\n";
        assertTrue(fails("001_x.sql", text).getMessage().contains("no '-- Revision:' header line"));
    }

    @Test
    void windowsLineEndingsParseAndChecksumTheSame() {
        RevisionScript unix = parse("002_x.sql", SPEC_EXAMPLE).script();
        RevisionScript windows = parse("002_x.sql", SPEC_EXAMPLE.replace("\n", "\r\n")).script();
        assertEquals(unix.checksum(), windows.checksum());
        assertEquals(unix.upgrade(), windows.upgrade());
        assertNotEquals(unix.checksum(), parse("002_x.sql", SPEC_EXAMPLE + "\n").script().checksum());
    }

    @Test
    void checksumIsSha256OfTheNormalisedText() {
        // sha256("abc\n"), as printed by `printf 'abc\n' | sha256sum`
        assertEquals("edeaaff3f1774ad2888673770c6d64097e391bc362d7d6fb34982ddf0efd18cb",
                RevisionFileParser.checksum("abc\r\n"));
        assertFalse(RevisionFileParser.checksum("x").chars().anyMatch(Character::isUpperCase));
    }
}
