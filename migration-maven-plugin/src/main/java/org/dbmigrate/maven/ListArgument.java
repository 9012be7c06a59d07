package org.dbmigrate.maven;

import java.util.Arrays;
import java.util.List;

/** A comma-separated {@code -D} argument ({@code -Dtarget=a,b}) as a list; empty when not given. */
final class ListArgument {

    private ListArgument() {
    }

    static List<String> split(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        return Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
