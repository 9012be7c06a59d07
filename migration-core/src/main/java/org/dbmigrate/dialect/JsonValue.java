package org.dbmigrate.dialect;

import java.util.Objects;

/**
 * JSON text to insert as a JSON value. A plain string would become a JSON string on H2, which
 * wants {@code JSON '...'}; the other databases read the literal as JSON.
 */
public record JsonValue(String text) {
    public JsonValue {
        Objects.requireNonNull(text, "text");
    }
}
