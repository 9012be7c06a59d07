package org.dbmigrate.internal.autogenerate;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A table as a snapshot sees it; every name is lower case.
 *
 * @param primaryKey null for none
 * @param comment    null for none
 */
public record Table(String name, List<Column> columns, PrimaryKey primaryKey, List<UniqueConstraint> uniques,
        List<Index> indexes, List<ForeignKey> foreignKeys, List<CheckConstraint> checks, String comment) {

    public Table {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        uniques = List.copyOf(uniques);
        indexes = List.copyOf(indexes);
        foreignKeys = List.copyOf(foreignKeys);
        checks = List.copyOf(checks);
        comment = comment == null || comment.isEmpty() ? null : comment;
    }

    public Optional<Column> column(String columnName) {
        return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
    }

    public Table withComment(String newComment) {
        return new Table(name, columns, primaryKey, uniques, indexes, foreignKeys, checks, newComment);
    }
}
