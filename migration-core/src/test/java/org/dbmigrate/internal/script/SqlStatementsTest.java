package org.dbmigrate.internal.script;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** populate/ scripts have no header: they split like a revision's section, with the file's own line numbers. */
class SqlStatementsTest {

    @Test
    void populateScriptSplitsWithTrueLineNumbers() {
        String text = "-- reference data\nDELETE FROM colors;\n\nINSERT INTO colors VALUES ('a;b');\n";
        assertEquals(List.of(new SqlStatement("DELETE FROM colors", 2),
                new SqlStatement("INSERT INTO colors VALUES ('a;b')", 4)),
                SqlStatements.split("populate/01.sql", text, SqlSyntax.STANDARD));
    }
}
