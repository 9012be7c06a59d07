package org.dbmigrate.internal.script;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Splits a revision file's body into its upgrade and downgrade sections and their statements, in
 * one pass that knows where strings, quoted identifiers, comments and dollar-quoted bodies start
 * and end. A statement ends with the delimiter at the end of a line (trailing blanks or a
 * {@code --} comment may follow); {@code -- migrate:} lines are directives only outside quotes.
 *
 * <p>Header comment lines at the top are plain comments here; {@link HeaderParser} reads them.
 */
final class SectionScanner {

    static final String DIRECTIVE = "-- migrate:";

    /** The two sections of a file; the downgrade is empty when the file has no such line. */
    record Sections(Section upgrade, Optional<Section> downgrade) {
    }

    private enum Part { PREAMBLE, UPGRADE, DOWNGRADE }

    private final String file;
    private final String text;
    private final SqlSyntax syntax;
    private final int length;

    private int pos;
    private int line = 1;
    private String delimiter = ";";

    private Part part = Part.PREAMBLE;
    private List<SqlStatement> statements = new ArrayList<>();
    private boolean transactional = true;
    private Section upgrade;
    private Section downgrade;
    /** Line of a no-transaction directive waiting for the next section, or 0. */
    private int pendingNoTransaction;

    private int statementStart = -1;
    private int statementLine;
    /** Just after the statement's last character that is not a comment or blank. */
    private int codeEnd;

    private SectionScanner(String file, String text, SqlSyntax syntax) {
        this.file = file;
        this.text = text;
        this.syntax = syntax;
        this.length = text.length();
    }

    /**
     * @param file   the file as named in error messages
     * @param text   the whole file, line endings already {@code \n}
     */
    static Sections scan(String file, String text, SqlSyntax syntax) {
        return new SectionScanner(file, text, syntax).run();
    }

    private Sections run() {
        boolean lineStart = true;
        while (pos < length) {
            if (lineStart && directiveAt(pos)) {
                directive();
                continue;
            }
            lineStart = false;
            char c = text.charAt(pos);
            if (c == '\n') {
                line++;
                pos++;
                lineStart = true;
            } else if (Character.isWhitespace(c)) {
                pos++;
            } else if (c == '-' && lineCommentAt(pos) || c == '#' && syntax.hashComments()) {
                pos = endOfLine(pos);
            } else if (c == '/' && pos + 1 < length && text.charAt(pos + 1) == '*') {
                boolean executable = syntax == SqlSyntax.MYSQL && text.startsWith("/*!", pos);
                if (executable) {
                    statementStarts(); // MySQL runs the text of /*! ... */
                }
                skipBlockComment();
                if (executable) {
                    codeEnd = pos;
                }
            } else if (c == delimiter.charAt(0) && text.startsWith(delimiter, pos)
                    && onlyCommentFollows(pos + delimiter.length())) {
                statementEnds(pos);
                pos += delimiter.length();
            } else if (c == '\'') {
                statementStarts();
                skipQuoted('\'', syntax.backslashEscapesInQuotes() || escapeStringPrefix(), "string");
                codeEnd = pos;
            } else if (c == '"') {
                statementStarts();
                skipQuoted('"', syntax.backslashEscapesInQuotes(), "quoted identifier");
                codeEnd = pos;
            } else if (c == '`') {
                statementStarts();
                skipQuoted('`', false, "backtick identifier");
                codeEnd = pos;
            } else if (c == '$' && syntax.dollarQuotes() && dollarTagAt(pos) != null) {
                statementStarts();
                skipDollarQuoted(dollarTagAt(pos));
                codeEnd = pos;
            } else {
                statementStarts();
                pos++;
                codeEnd = pos;
            }
        }
        statementEnds(length);
        endPart();
        if (upgrade == null) {
            throw new ScriptFileError(file, 0, "no '-- migrate:upgrade' section",
                    "add a line '-- migrate:upgrade' after the header, before the upgrade statements");
        }
        if (pendingNoTransaction > 0) {
            throw new ScriptFileError(file, pendingNoTransaction, "'-- migrate:no-transaction' is not followed by a section",
                    "put it just before or just after '-- migrate:upgrade' or '-- migrate:downgrade'");
        }
        return new Sections(upgrade, Optional.ofNullable(downgrade));
    }

    // ---- directives -------------------------------------------------------------------------

    private boolean directiveAt(int at) {
        int p = at;
        while (p < length && (text.charAt(p) == ' ' || text.charAt(p) == '\t')) {
            p++;
        }
        return text.startsWith(DIRECTIVE, p);
    }

    private void directive() {
        int end = endOfLine(pos);
        String words = text.substring(text.indexOf(DIRECTIVE, pos) + DIRECTIVE.length(), end).strip();
        statementEnds(pos);
        String name = words.split("\\s+", 2)[0];
        String argument = words.substring(name.length()).strip();
        switch (name) {
            case "upgrade" -> startPart(Part.UPGRADE, argument);
            case "downgrade" -> startPart(Part.DOWNGRADE, argument);
            case "no-transaction" -> noTransaction(argument);
            case "delimiter" -> changeDelimiter(argument);
            default -> throw new ScriptFileError(file, line, "unknown directive '" + DIRECTIVE + words + "'",
                    "use one of -- migrate:upgrade, -- migrate:downgrade, -- migrate:no-transaction,"
                            + " -- migrate:delimiter <text>");
        }
        pos = end;
    }

    private void startPart(Part next, String argument) {
        String marker = DIRECTIVE + next.name().toLowerCase(Locale.ROOT);
        if (!argument.isEmpty()) {
            throw new ScriptFileError(file, line, "unexpected text after '" + marker + "'",
                    "put '" + marker + "' alone on its line");
        }
        if (next == Part.UPGRADE && part != Part.PREAMBLE) {
            throw new ScriptFileError(file, line, "second '" + marker + "' line",
                    "a file has one upgrade section, followed by at most one downgrade section");
        }
        if (next == Part.DOWNGRADE && part != Part.UPGRADE) {
            throw new ScriptFileError(file, line,
                    part == Part.PREAMBLE ? "'" + marker + "' before '-- migrate:upgrade'" : "second '" + marker + "' line",
                    "write the upgrade section first and the downgrade section once, after it");
        }
        endPart();
        part = next;
        statements = new ArrayList<>();
        transactional = pendingNoTransaction == 0;
        pendingNoTransaction = 0;
    }

    private void endPart() {
        Section section = new Section(statements, transactional);
        if (part == Part.UPGRADE) {
            upgrade = section;
        } else if (part == Part.DOWNGRADE) {
            downgrade = section;
        }
    }

    private void noTransaction(String argument) {
        if (!argument.isEmpty()) {
            throw new ScriptFileError(file, line, "unexpected text after '-- migrate:no-transaction'",
                    "put '-- migrate:no-transaction' alone on its line");
        }
        if (part != Part.PREAMBLE && statements.isEmpty()) {
            transactional = false;
        } else {
            pendingNoTransaction = line;
        }
    }

    private void changeDelimiter(String argument) {
        if (argument.isEmpty() || argument.chars().anyMatch(Character::isWhitespace)) {
            throw new ScriptFileError(file, line, "'-- migrate:delimiter' needs one delimiter without spaces",
                    "write e.g. '-- migrate:delimiter //' and later '-- migrate:delimiter ;' to change it back");
        }
        delimiter = argument;
    }

    // ---- statements -------------------------------------------------------------------------

    private void statementStarts() {
        if (statementStart >= 0) {
            return;
        }
        if (part == Part.PREAMBLE) {
            throw new ScriptFileError(file, line, "SQL before '-- migrate:upgrade'",
                    "put the statements under a '-- migrate:upgrade' line (the header may hold only '--' comments)");
        }
        if (pendingNoTransaction > 0) {
            throw new ScriptFileError(file, pendingNoTransaction,
                    "'-- migrate:no-transaction' after the first statement of a section",
                    "move it just before or just after the section's '-- migrate:' line");
        }
        if (text.regionMatches(true, pos, "DELIMITER", 0, 9) && pos + 9 < length
                && Character.isWhitespace(text.charAt(pos + 9))) {
            throw new ScriptFileError(file, line, "DELIMITER is a command of the mysql client, not SQL",
                    "write '-- migrate:delimiter //' (and '-- migrate:delimiter ;' to change it back)");
        }
        statementStart = pos;
        statementLine = line;
    }

    private void statementEnds(int end) {
        if (statementStart < 0) {
            return;
        }
        // comments after the last code are not part of the statement: written offline before the
        // delimiter, a trailing -- comment would swallow it
        String sql = text.substring(statementStart, Math.min(end, Math.max(codeEnd, statementStart))).strip();
        statementStart = -1;
        if (!sql.isEmpty()) {
            statements.add(new SqlStatement(sql, statementLine));
        }
    }

    // ---- lexical pieces ---------------------------------------------------------------------

    private int endOfLine(int from) {
        int newline = text.indexOf('\n', from);
        return newline < 0 ? length : newline;
    }

    private boolean lineCommentAt(int at) {
        if (at + 1 >= length || text.charAt(at + 1) != '-') {
            return false;
        }
        if (!syntax.dashCommentNeedsSpace() || at + 2 >= length) {
            return true;
        }
        return Character.isWhitespace(text.charAt(at + 2));
    }

    /** True when only blanks, or blanks and a comment, follow on this line. */
    private boolean onlyCommentFollows(int from) {
        int p = from;
        while (p < length) {
            char c = text.charAt(p);
            if (c == '\n') {
                return true;
            }
            if (c == '-' && lineCommentAt(p) || c == '#' && syntax.hashComments()) {
                return true;
            }
            if (c == '/' && text.startsWith("/*", p) && !(syntax == SqlSyntax.MYSQL && text.startsWith("/*!", p))) {
                return true;
            }
            if (!Character.isWhitespace(c)) {
                return false;
            }
            p++;
        }
        return true;
    }

    /** PostgreSQL's {@code E'...'}: an E right before the quote that is not the end of a longer word. */
    private boolean escapeStringPrefix() {
        if (pos == 0 || Character.toUpperCase(text.charAt(pos - 1)) != 'E') {
            return false;
        }
        return pos < 2 || !isWordChar(text.charAt(pos - 2));
    }

    private void skipQuoted(char quote, boolean backslashEscapes, String what) {
        int startLine = line;
        int p = pos + 1;
        while (p < length) {
            char c = text.charAt(p);
            if (c == '\n') {
                line++;
            } else if (c == '\\' && backslashEscapes && p + 1 < length) {
                if (text.charAt(p + 1) == '\n') {
                    line++;
                }
                p++;
            } else if (c == quote) {
                if (p + 1 < length && text.charAt(p + 1) == quote) {
                    p++;
                } else {
                    pos = p + 1;
                    return;
                }
            }
            p++;
        }
        throw new ScriptFileError(file, startLine, "unterminated " + what + " (" + quote + "...) starting here",
                "close it with " + quote + " (write " + quote + quote + " for a " + quote + " inside it)");
    }

    private void skipBlockComment() {
        int startLine = line;
        int depth = 0;
        int p = pos;
        while (p < length) {
            if (text.startsWith("/*", p) && (depth == 0 || syntax.nestedBlockComments())) {
                depth++;
                p += 2;
            } else if (text.startsWith("*/", p)) {
                depth--;
                p += 2;
                if (depth == 0) {
                    pos = p;
                    return;
                }
            } else {
                if (text.charAt(p) == '\n') {
                    line++;
                }
                p++;
            }
        }
        throw new ScriptFileError(file, startLine, "unterminated /* comment starting here",
                "close it with */" + (syntax.nestedBlockComments() ? " (comments nest: each /* needs its */)" : ""));
    }

    /** The {@code $tag$} opening at {@code at}, or null; {@code $1} and {@code a$b} are not openings. */
    private String dollarTagAt(int at) {
        if (at > 0 && isWordChar(text.charAt(at - 1))) {
            return null;
        }
        int p = at + 1;
        if (p < length && (Character.isLetter(text.charAt(p)) || text.charAt(p) == '_')) {
            p++;
            while (p < length && (Character.isLetterOrDigit(text.charAt(p)) || text.charAt(p) == '_')) {
                p++;
            }
        }
        return p < length && text.charAt(p) == '$' ? text.substring(at, p + 1) : null;
    }

    private void skipDollarQuoted(String tag) {
        int close = text.indexOf(tag, pos + tag.length());
        if (close < 0) {
            throw new ScriptFileError(file, line, "unterminated dollar-quoted body " + tag + " starting here",
                    "close it with " + tag);
        }
        int end = close + tag.length();
        for (int p = pos; p < end; p++) {
            if (text.charAt(p) == '\n') {
                line++;
            }
        }
        pos = end;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }
}
