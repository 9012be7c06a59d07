package org.dbmigrate.internal.script;

import java.util.List;

/**
 * Splits a plain SQL file that has no revision header (a {@code populate/} script) with the same
 * rules as revision files: delimiters, quotes, comments, dollar quotes, {@code -- migrate:delimiter}.
 * Added by the runtime work for {@code populate}; kept to a thin entry over {@link SectionScanner}.
 */
public final class SqlStatements {

    private SqlStatements() {
    }

    /** The statements of {@code text}; line numbers are those of the file. */
    public static List<SqlStatement> split(String file, String text, SqlSyntax syntax) {
        String content = text.replace("\r\n", "\n").replace('\r', '\n');
        // The scanner reads sections; one synthetic upgrade directive on a line 0 keeps line numbers true.
        List<SqlStatement> shifted = SectionScanner.scan(file, SectionScanner.DIRECTIVE + "upgrade\n" + content, syntax)
                .upgrade().statements();
        return shifted.stream().map(s -> new SqlStatement(s.sql(), s.line() - 1)).toList();
    }
}
