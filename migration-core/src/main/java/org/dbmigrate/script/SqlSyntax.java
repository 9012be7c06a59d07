package org.dbmigrate.script;

import java.util.Locale;

/**
 * The lexical rules the statement splitter needs to find where a statement ends. Only two families
 * matter for that: MySQL and MariaDB (backslash escapes inside quotes, {@code --} needs a following
 * space, {@code #} comments, no dollar quotes) and everything else (standard SQL plus PostgreSQL's {@code E'...'},
 * nested block comments and {@code $tag$} bodies, which H2 shares).
 */
public enum SqlSyntax {
    STANDARD, MYSQL;

    /** Picks the family from a JDBC URL; an unknown or missing URL gets {@link #STANDARD}. */
    public static SqlSyntax forUrl(String jdbcUrl) {
        if (jdbcUrl == null) {
            return STANDARD;
        }
        String url = jdbcUrl.toLowerCase(Locale.ROOT);
        return url.startsWith("jdbc:mysql:") || url.startsWith("jdbc:mariadb:") ? MYSQL : STANDARD;
    }

    boolean backslashEscapesInQuotes() {
        return this == MYSQL;
    }

    boolean dollarQuotes() {
        return this == STANDARD;
    }

    boolean nestedBlockComments() {
        return this == STANDARD;
    }

    /** MySQL also reads {@code #} to the end of the line as a comment. */
    boolean hashComments() {
        return this == MYSQL;
    }

    /** MySQL reads {@code --} as a comment only when whitespace (or the line end) follows. */
    boolean dashCommentNeedsSpace() {
        return this == MYSQL;
    }
}
