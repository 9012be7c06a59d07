package org.dbmigrate.internal.script;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which header lines are fields: exactly the lines the pattern
 * {@code (Revision|Revises|Create Date|Branch Labels|Depends On):(.*)} matched before the parser
 * checked them with plain string tests.
 */
class HeaderFieldsTest {

    private static RevisionHeader parse(String header) {
        return HeaderParser.parse("versions/002_x.sql", header + "\n-- migrate:upgrade\nSELECT 1;\n");
    }

    @Test
    void fieldsWithAndWithoutSpacesAndWithColonsInTheValue() {
        RevisionHeader header = parse("""
                -- Fix: users table
                -- Revision:002
                -- Revises:  001
                -- Create Date: 2026-11-22 10:15:00
                -- Branch Labels: expand
                -- Depends On:""");
        assertEquals("002", header.id());
        assertEquals(List.of("001"), header.revises());
        assertEquals("2026-11-22 10:15:00", header.createDate());
        assertEquals(List.of("expand"), header.branchLabels());
        assertEquals(List.of(), header.dependsOn());
        assertEquals("Fix: users table", header.message()); // a colon after another word: not a field
    }

    @Test
    void namesThatOnlyStartLikeAFieldAreText() {
        RevisionHeader header = parse("""
                -- Revisions: a note
                -- Revision: 002
                -- Revises: 001
                -- revision: 003
                -- Revision : 004""");
        assertEquals("002", header.id()); // neither 'revision:' nor 'Revision :' is the field
        assertEquals("Revisions: a note", header.message());
    }

    @Test
    void aFieldLineIsNotTheMessage() {
        RevisionHeader header = parse("""
                -- Revision: 002
                -- Revises: 001
                -- Add users""");
        assertEquals("", header.message());
    }

    @Test
    void aUnicodeLineBreakInTheValueMakesTheLineText() {
        RevisionHeader header = parse("-- Revision: 002\n-- Revises: 001\n-- Branch Labels: a\u2028b");
        assertEquals(List.of(), header.branchLabels()); // '.' never matched a line separator
        assertEquals(3, header.text().size());
    }
}
