package org.dbmigrate.internal.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** SPEC section 4: where statements end, and the -- migrate: directives. */
class SectionScannerTest {

    private static SectionScanner.Sections scan(SqlSyntax syntax, String body) {
        return SectionScanner.scan("versions/001_x.sql", body, syntax);
    }

    private static List<SqlStatement> upgrade(SqlSyntax syntax, String... lines) {
        return scan(syntax, "-- migrate:upgrade\n" + String.join("\n", lines) + "\n").upgrade().statements();
    }

    private static List<String> sql(SqlSyntax syntax, String... lines) {
        return upgrade(syntax, lines).stream().map(SqlStatement::sql).toList();
    }

    private static ScriptFileError fails(SqlSyntax syntax, String body) {
        return assertThrows(ScriptFileError.class, () -> scan(syntax, body));
    }

    @Test
    void statementsEndAtDelimiterAtLineEndAndRecordTheirFirstLine() {
        List<SqlStatement> statements = upgrade(SqlSyntax.STANDARD,
                "CREATE TABLE a (",          // line 2
                "  id INT",
                ");   ",
                "",
                "-- a comment before the statement is not part of it",
                "INSERT INTO a VALUES (1);  -- trailing comment",  // line 7
                "SELECT 1; SELECT 2;");      // line 8: the first ; is not at a line end
        assertEquals(List.of(new SqlStatement("CREATE TABLE a (\n  id INT\n)", 2),
                new SqlStatement("INSERT INTO a VALUES (1)", 7),
                new SqlStatement("SELECT 1; SELECT 2", 8)), statements);
    }

    @Test
    void lastStatementMayLackTheDelimiter() {
        assertEquals(List.of("SELECT 1"), sql(SqlSyntax.STANDARD, "SELECT 1"));
    }

    @Test
    void commentOnlySectionHasNoStatements() {
        assertEquals(List.of(), sql(SqlSyntax.STANDARD, "-- nothing to do", "/* really */", ";"));
    }

    @Test
    void singleQuotesWithDoubledQuoteEscape() {
        assertEquals(List.of("INSERT INTO t VALUES ('it''s;\nstill; -- no comment')", "SELECT 2"),
                sql(SqlSyntax.STANDARD, "INSERT INTO t VALUES ('it''s;", "still; -- no comment');", "SELECT 2;"));
    }

    @Test
    void backslashIsLiteralInStandardStringsButEscapesInEStrings() {
        // 'C:\' is complete in standard SQL; E'\'' holds a quote
        assertEquals(List.of("SELECT 'C:\\'", "SELECT E'\\';\n'", "SELECT e'\\\\'"),
                sql(SqlSyntax.STANDARD, "SELECT 'C:\\';", "SELECT E'\\';", "';", "SELECT e'\\\\';"));
    }

    @Test
    void mysqlBackslashEscapesInsideQuotes() {
        assertEquals(List.of("INSERT INTO t VALUES ('it\\'s;\nok', \"say \\\";\n\")", "SELECT 2"),
                sql(SqlSyntax.MYSQL, "INSERT INTO t VALUES ('it\\'s;", "ok', \"say \\\";", "\");", "SELECT 2;"));
    }

    @Test
    void doubleQuotedAndBacktickIdentifiers() {
        assertEquals(List.of("CREATE TABLE \"we;\nird\"\"\" (`x;\n``y` INT)"),
                sql(SqlSyntax.STANDARD, "CREATE TABLE \"we;", "ird\"\"\" (`x;", "``y` INT);"));
    }

    @Test
    void lineAndBlockCommentsHideDelimiters() {
        assertEquals(List.of("SELECT 1 -- not the end;\n, 2 /* nor;\nthis; */ FROM t"),
                sql(SqlSyntax.STANDARD, "SELECT 1 -- not the end;", ", 2 /* nor;", "this; */ FROM t;"));
    }

    @Test
    void postgresBlockCommentsNestButMysqlOnesDoNot() {
        assertEquals(List.of("SELECT /* a /* b; */\n; */ 1"), sql(SqlSyntax.STANDARD, "SELECT /* a /* b; */", "; */ 1;"));
        assertEquals(List.of("SELECT", "*/ 1"), sql(SqlSyntax.MYSQL, "SELECT /* a /* b; */", ";", "*/ 1;"));
    }

    @Test
    void mysqlHashComments() {
        assertEquals(List.of("SELECT 1", "SELECT 2"),
                sql(SqlSyntax.MYSQL, "# it's a comment;", "SELECT 1 # isn't it;", ";", "SELECT 2;"));
    }

    /** Issue 13: a trailing comment is not part of the statement, so --sql can end it with the delimiter. */
    @Test
    void commentsAfterTheLastCodeAreNotPartOfTheStatement() {
        assertEquals(List.of("SELECT 1", "SELECT 2 /* kept */ + 1", "SELECT '--not a comment'"),
                sql(SqlSyntax.STANDARD, "SELECT 1 -- the end is next line", ";", "SELECT 2 /* kept */ + 1 /* gone */",
                        "-- gone too", ";", "SELECT '--not a comment' -- but this is", ";"));
    }

    @Test
    void blockCommentAfterTheDelimiter() {
        assertEquals(List.of("SELECT 1", "SELECT 2"), sql(SqlSyntax.STANDARD, "SELECT 1; /* done */", "SELECT 2; /* and",
                "still; a comment */"));
    }

    @Test
    void mysqlClientDelimiterCommandIsExplained() {
        ScriptFileError e = fails(SqlSyntax.MYSQL, "-- migrate:upgrade\nDELIMITER //\n");
        assertEquals("versions/001_x.sql:2: DELIMITER is a command of the mysql client, not SQL; write"
                + " '-- migrate:delimiter //' (and '-- migrate:delimiter ;' to change it back)", e.getMessage());
    }

    @Test
    void mysqlExecutableCommentsAreStatements() {
        assertEquals(List.of("/*!40101 SET NAMES utf8 */", "SELECT 1"),
                sql(SqlSyntax.MYSQL, "/* plain */", "/*!40101 SET NAMES utf8 */;", "SELECT 1;"));
    }

    @Test
    void mysqlDoubleDashNeedsASpaceToBeAComment() {
        assertEquals(List.of("SELECT 1--1"), sql(SqlSyntax.MYSQL, "SELECT 1--1;"));
        assertEquals(List.of("SELECT 1"), sql(SqlSyntax.MYSQL, "SELECT 1 -- x;", ";"));
    }

    @Test
    void dollarQuotedBodies() {
        List<SqlStatement> statements = upgrade(SqlSyntax.STANDARD,
                "CREATE FUNCTION f() RETURNS int AS $$",
                "BEGIN",
                "  RETURN 1;",
                "END;",
                "$$ LANGUAGE plpgsql;",
                "CREATE FUNCTION g() RETURNS text AS $body$ SELECT '$$;",
                "'::text; $body$ LANGUAGE sql;",
                "SELECT $1, a$b$c FROM t;");  // a parameter and a $ inside a name are not quotes
        assertEquals(List.of(new SqlStatement("CREATE FUNCTION f() RETURNS int AS $$\nBEGIN\n  RETURN 1;\nEND;\n$$ LANGUAGE plpgsql", 2),
                new SqlStatement("CREATE FUNCTION g() RETURNS text AS $body$ SELECT '$$;\n'::text; $body$ LANGUAGE sql", 7),
                new SqlStatement("SELECT $1, a$b$c FROM t", 9)), statements);
    }

    @Test
    void delimiterDirectiveForMysqlRoutines() {
        List<SqlStatement> statements = upgrade(SqlSyntax.MYSQL,
                "-- migrate:delimiter //",
                "CREATE PROCEDURE p()",
                "BEGIN",
                "  SELECT 1;",
                "END //",
                "-- migrate:delimiter ;",
                "CALL p();");
        assertEquals(List.of(new SqlStatement("CREATE PROCEDURE p()\nBEGIN\n  SELECT 1;\nEND", 3),
                new SqlStatement("CALL p()", 8)), statements);
    }

    @Test
    void delimiterStaysUntilChangedBackAcrossSections() {
        SectionScanner.Sections sections = scan(SqlSyntax.MYSQL,
                "-- migrate:upgrade\n-- migrate:delimiter $$\nSELECT 1; SELECT 2;\n$$\n-- migrate:downgrade\nSELECT 3;\n$$\n");
        assertEquals(List.of("SELECT 1; SELECT 2;"), sections.upgrade().statements().stream().map(SqlStatement::sql).toList());
        assertEquals(List.of("SELECT 3;"), sections.downgrade().orElseThrow().statements().stream().map(SqlStatement::sql).toList());
    }

    @Test
    void directivesInsideQuotesAreText() {
        assertEquals(List.of("SELECT '\n-- migrate:downgrade\n'"), sql(SqlSyntax.STANDARD, "SELECT '", "-- migrate:downgrade", "';"));
    }

    @Test
    void noTransactionAtTheStartOfASection() {
        SectionScanner.Sections sections = scan(SqlSyntax.STANDARD, """
                -- migrate:upgrade
                -- migrate:no-transaction
                CREATE INDEX CONCURRENTLY i ON t (c);
                -- migrate:downgrade
                DROP INDEX i;
                """);
        assertFalse(sections.upgrade().transactional());
        assertTrue(sections.downgrade().orElseThrow().transactional());
    }

    @Test
    void noTransactionJustBeforeASection() {
        SectionScanner.Sections sections = scan(SqlSyntax.STANDARD, """
                -- migrate:no-transaction
                -- migrate:upgrade
                CREATE INDEX CONCURRENTLY i ON t (c);

                -- migrate:no-transaction
                -- migrate:downgrade
                DROP INDEX CONCURRENTLY i;
                """);
        assertFalse(sections.upgrade().transactional());
        assertFalse(sections.downgrade().orElseThrow().transactional());
    }

    @Test
    void noTransactionAmongStatementsIsAnError() {
        ScriptFileError e = fails(SqlSyntax.STANDARD, "-- migrate:upgrade\nSELECT 1;\n-- migrate:no-transaction\nSELECT 2;\n");
        assertEquals("versions/001_x.sql:3: '-- migrate:no-transaction' after the first statement of a section; "
                + "move it just before or just after the section's '-- migrate:' line", e.getMessage());
        assertEquals(3, fails(SqlSyntax.STANDARD, "-- migrate:upgrade\nSELECT 1;\n-- migrate:no-transaction\n").line());
    }

    @Test
    void unterminatedQuotesAndCommentsNameTheirFirstLine() {
        assertEquals("versions/001_x.sql:3: unterminated string (' ...) starting here; close it with ' (write '' for a ' inside it)"
                .replace("(' ...)", "('...)"),
                fails(SqlSyntax.STANDARD, "-- migrate:upgrade\nSELECT 1;\nSELECT 'oops;\nSELECT 2;\n").getMessage());
        assertEquals(2, fails(SqlSyntax.STANDARD, "-- migrate:upgrade\nSELECT \"x;\n").line());
        assertEquals(3, fails(SqlSyntax.STANDARD, "-- migrate:upgrade\n\nSELECT `x;\n").line());
        assertEquals(2, fails(SqlSyntax.STANDARD, "-- migrate:upgrade\n/* open\n\nSELECT 1;\n").line());
        assertEquals(2, fails(SqlSyntax.STANDARD, "-- migrate:upgrade\n/* a /* b */\n").line());
        ScriptFileError dollar = fails(SqlSyntax.STANDARD, "-- migrate:upgrade\nSELECT 1;\nDO $fn$ BEGIN\nEND $$;\n");
        assertEquals("versions/001_x.sql:3: unterminated dollar-quoted body $fn$ starting here; close it with $fn$",
                dollar.getMessage());
    }

    @Test
    void fileWithoutUpgradeSection() {
        assertEquals("versions/001_x.sql: no '-- migrate:upgrade' section; add a line '-- migrate:upgrade' after the header,"
                + " before the upgrade statements", fails(SqlSyntax.STANDARD, "-- header only\n").getMessage());
    }

    @Test
    void sqlBeforeTheUpgradeSection() {
        ScriptFileError e = fails(SqlSyntax.STANDARD, "-- header\n\nCREATE TABLE t (id INT);\n-- migrate:upgrade\n");
        assertEquals(3, e.line());
        assertTrue(e.getMessage().contains("SQL before '-- migrate:upgrade'"));
    }

    @Test
    void sectionOrderAndUnknownDirectives() {
        assertEquals(1, fails(SqlSyntax.STANDARD, "-- migrate:downgrade\n-- migrate:upgrade\n").line());
        assertEquals(2, fails(SqlSyntax.STANDARD, "-- migrate:upgrade\n-- migrate:upgrade\n").line());
        assertEquals(3, fails(SqlSyntax.STANDARD, "-- migrate:upgrade\n-- migrate:downgrade\n-- migrate:downgrade\n").line());
        ScriptFileError typo = fails(SqlSyntax.STANDARD, "-- migrate:upgrade\n-- migrate:no_transaction\n");
        assertTrue(typo.getMessage().startsWith("versions/001_x.sql:2: unknown directive '-- migrate:no_transaction'"));
        assertEquals(2, fails(SqlSyntax.STANDARD, "-- migrate:upgrade\n-- migrate:delimiter\n").line());
        assertEquals(1, fails(SqlSyntax.STANDARD, "-- migrate:upgrade now\n").line());
    }

    @Test
    void directiveEndsAnUnterminatedStatement() {
        SectionScanner.Sections sections = scan(SqlSyntax.STANDARD, "-- migrate:upgrade\nSELECT 1\n-- migrate:downgrade\nSELECT 2\n");
        assertEquals(List.of(new SqlStatement("SELECT 1", 2)), sections.upgrade().statements());
        assertEquals(List.of(new SqlStatement("SELECT 2", 4)), sections.downgrade().orElseThrow().statements());
    }
}
