package org.dbmigrate.internal.autogenerate;

import java.util.List;

/** An index that backs no constraint. @param name null when the model leaves the name to the database */
public record Index(String name, List<String> columns, boolean unique) {

    public Index {
        columns = List.copyOf(columns);
    }
}
