package org.dbmigrate.internal.autogenerate;

import java.util.List;

/** @param name null when the model leaves the name to the database */
public record UniqueConstraint(String name, List<String> columns) {

    public UniqueConstraint {
        columns = List.copyOf(columns);
    }
}
