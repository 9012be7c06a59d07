package org.dbmigrate.internal.autogenerate;

import java.util.Objects;

/**
 * A column type in a database-neutral spelling: {@code integer}, {@code varchar(50)},
 * {@code decimal(10,2)}, {@code timestamp}, {@code text}... Each introspector folds its database's
 * spellings into these names ({@code int4} and {@code int(11)} are both {@code integer}), so an
 * unchanged schema compares equal; {@code SqlRenderer} spells them back per database.
 *
 * @param name      lower case canonical name
 * @param length    characters or bytes for {@code varchar}, {@code char}, {@code varbinary}; else null
 * @param precision digits for {@code decimal}; else null
 * @param scale     digits after the point for {@code decimal}; else null
 */
public record ColumnType(String name, Integer length, Integer precision, Integer scale) {

    public ColumnType {
        Objects.requireNonNull(name, "name");
    }

    public static ColumnType of(String name) {
        return new ColumnType(name, null, null, null);
    }

    public static ColumnType sized(String name, int length) {
        return new ColumnType(name, length, null, null);
    }

    public static ColumnType decimal(Integer precision, Integer scale) {
        return new ColumnType("decimal", null, precision, scale);
    }

    /** {@code varchar(50)}, {@code decimal(10,2)}, {@code integer}. */
    @Override
    public String toString() {
        if (length != null) {
            return name + "(" + length + ")";
        }
        if (precision != null) {
            return name + "(" + precision + (scale == null ? "" : "," + scale) + ")";
        }
        return name;
    }
}
