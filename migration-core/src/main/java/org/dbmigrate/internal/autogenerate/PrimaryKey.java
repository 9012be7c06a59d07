package org.dbmigrate.internal.autogenerate;

import java.util.List;

/** @param name the constraint name, or null where the database names it itself (MySQL's PRIMARY) */
public record PrimaryKey(String name, List<String> columns) {

    public PrimaryKey {
        columns = List.copyOf(columns);
    }
}
