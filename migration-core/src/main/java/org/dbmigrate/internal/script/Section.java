package org.dbmigrate.internal.script;

import java.util.List;

/**
 * The upgrade or the downgrade part of a revision file.
 *
 * @param statements    the statements in file order
 * @param transactional false when the section is marked {@code -- migrate:no-transaction}
 */
public record Section(List<SqlStatement> statements, boolean transactional) {

    public Section {
        statements = List.copyOf(statements);
    }

    public static Section empty() {
        return new Section(List.of(), true);
    }
}
