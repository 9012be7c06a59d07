package org.dbmigrate.internal.autogenerate;

import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;

/** The tables of one schema, by lower-case name. Two snapshots of the same schema are equal. */
public record SchemaSnapshot(Map<String, Table> tables) {

    public SchemaSnapshot {
        tables = Collections.unmodifiableMap(new TreeMap<>(tables));
    }

    public static SchemaSnapshot of(Collection<Table> tables) {
        Map<String, Table> byName = new TreeMap<>();
        tables.forEach(t -> byName.put(t.name(), t));
        return new SchemaSnapshot(byName);
    }

    public Optional<Table> table(String name) {
        return Optional.ofNullable(tables.get(name));
    }

    /** Only the tables whose name passes {@code keep}. */
    public SchemaSnapshot filter(Predicate<String> keep) {
        Map<String, Table> kept = new TreeMap<>();
        tables.forEach((name, table) -> {
            if (keep.test(name)) {
                kept.put(name, table);
            }
        });
        return new SchemaSnapshot(kept);
    }
}
