package org.dbmigrate.internal.autogenerate;

import java.util.Objects;

/**
 * One column as a snapshot sees it.
 *
 * @param name          lower case
 * @param type          canonical type
 * @param nullable      false for NOT NULL
 * @param defaultValue  the default as SQL text in a canonical spelling, or null for none
 * @param autoIncrement identity, serial or AUTO_INCREMENT
 * @param comment       or null
 */
public record Column(String name, ColumnType type, boolean nullable, String defaultValue, boolean autoIncrement,
        String comment) {

    public Column {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        comment = comment == null || comment.isEmpty() ? null : comment;
    }

    public static Column of(String name, ColumnType type, boolean nullable) {
        return new Column(name, type, nullable, null, false, null);
    }
}
