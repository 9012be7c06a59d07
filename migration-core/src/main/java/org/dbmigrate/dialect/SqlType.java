package org.dbmigrate.dialect;

import java.util.Locale;
import java.util.Objects;
import org.dbmigrate.internal.dialect.Dialect;

/**
 * A column type named portably; each dialect writes it in its own words ({@link Dialect#typeName}).
 * {@link Kind#RAW} carries a database-specific type written as given.
 *
 * @param kind      which portable type
 * @param length    characters for VARCHAR, else 0
 * @param precision digits for DECIMAL, else 0
 * @param scale     digits after the point for DECIMAL, else 0
 * @param raw       the type text for RAW, else null
 */
public record SqlType(Kind kind, int length, int precision, int scale, String raw) {

    public enum Kind { INTEGER, BIGINT, VARCHAR, TEXT, BOOLEAN, DECIMAL, DATE, TIMESTAMP, BLOB, JSON, UUID, RAW }

    public SqlType {
        Objects.requireNonNull(kind, "kind");
        if (kind == Kind.VARCHAR && length <= 0) {
            throw new IllegalArgumentException("varchar length must be positive: " + length);
        }
        if (kind == Kind.DECIMAL && (precision <= 0 || scale < 0 || scale > precision)) {
            throw new IllegalArgumentException("decimal(" + precision + ", " + scale
                    + "): need 0 <= scale <= precision, precision > 0");
        }
        if (kind == Kind.RAW && (raw == null || raw.isBlank())) {
            throw new IllegalArgumentException("a raw type needs its SQL text");
        }
    }

    public static SqlType of(Kind kind) {
        return new SqlType(kind, 0, 0, 0, null);
    }

    public static SqlType varchar(int length) {
        return new SqlType(Kind.VARCHAR, length, 0, 0, null);
    }

    public static SqlType decimal(int precision, int scale) {
        return new SqlType(Kind.DECIMAL, 0, precision, scale, null);
    }

    public static SqlType raw(String sql) {
        return new SqlType(Kind.RAW, 0, 0, 0, sql);
    }

    /** The Java factory call that makes this type, for generated revision sources. */
    public String javaSource() {
        return switch (kind) {
            case VARCHAR -> "varchar(" + length + ")";
            case DECIMAL -> "decimal(" + precision + ", " + scale + ")";
            case RAW -> "rawType(\"" + raw.replace("\\", "\\\\").replace("\"", "\\\"") + "\")";
            case BOOLEAN -> "bool()"; // boolean is a Java keyword
            default -> kind.name().toLowerCase(Locale.ROOT) + "()";
        };
    }
}
