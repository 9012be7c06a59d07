package org.dbmigrate.internal.script;

import org.dbmigrate.internal.dialect.DatabaseKind;
import org.dbmigrate.internal.dialect.UnsupportedDatabaseError;

/**
 * The lexical rules the statement splitter needs to find where a statement ends. Only two families
 * matter for that: MySQL and MariaDB (backslash escapes inside quotes, {@code --} needs a following
 * space, {@code #} comments, no dollar quotes) and everything else (standard SQL plus PostgreSQL's {@code E'...'},
 * nested block comments and {@code $tag$} bodies, which H2 shares).
 */
public enum SqlSyntax {
    STANDARD, MYSQL;

    /** The family of a database kind. */
    public static SqlSyntax of(DatabaseKind kind) {
        return kind == DatabaseKind.MYSQL ? MYSQL : STANDARD;
    }

    /** The family of the database a JDBC URL names; an unknown or missing URL gets {@link #STANDARD}. */
    public static SqlSyntax forUrl(String jdbcUrl) {
        try {
            return jdbcUrl == null ? STANDARD : of(DatabaseKind.forUrl(jdbcUrl));
        } catch (UnsupportedDatabaseError e) {
            return STANDARD;
        }
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
