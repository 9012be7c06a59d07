package org.dbmigrate.operations;

import java.util.List;
import java.util.Objects;

/** One-line argument checks for the names operations are built from. */
final class Names {

    private Names() {
    }

    static String check(String name, String what) {
        Objects.requireNonNull(name, what + " name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("empty " + what + " name");
        }
        return name;
    }

    static List<String> columns(List<String> columns, String what) {
        List<String> copy = List.copyOf(columns);
        if (copy.isEmpty()) {
            throw new IllegalArgumentException(what + " needs at least one column");
        }
        copy.forEach(c -> check(c, "column"));
        return copy;
    }

    static String joined(List<String> columns) {
        return String.join(", ", columns);
    }
}
