package org.dbmigrate.internal.script;

/**
 * One SQL statement of a section, without its delimiter.
 *
 * @param sql  the statement text as written (trimmed, no trailing delimiter)
 * @param line the 1-based line in the revision file where it starts, for error messages
 */
public record SqlStatement(String sql, int line) {
}
