package org.dbmigrate.operations;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.dbmigrate.dialect.JsonValue;

/** Java source text for values, so operations can write themselves into generated revisions. */
final class JavaText {

    private JavaText() {
    }

    static String quote(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    static String strings(List<String> values) {
        return values.stream().map(JavaText::quote).collect(Collectors.joining(", "));
    }

    /** {@code List.of("a", "b")}. */
    static String list(List<String> values) {
        return "List.of(" + strings(values) + ")";
    }

    /** A value as a Java expression of the same type. */
    static String value(Object v) {
        if (v == null) {
            return "null";
        }
        if (v instanceof String s) {
            return quote(s);
        }
        if (v instanceof Integer || v instanceof Boolean) {
            return v.toString();
        }
        if (v instanceof Long l) {
            return l + "L";
        }
        if (v instanceof Short s) {
            return "(short) " + s;
        }
        if (v instanceof Byte b) {
            return "(byte) " + b;
        }
        if (v instanceof Double d) {
            return d + "d";
        }
        if (v instanceof Float f) {
            return f + "f";
        }
        if (v instanceof BigDecimal d) {
            return "new java.math.BigDecimal(\"" + d.toPlainString() + "\")";
        }
        if (v instanceof BigInteger i) {
            return "new java.math.BigInteger(\"" + i + "\")";
        }
        if (v instanceof LocalDate d) {
            return "java.time.LocalDate.parse(\"" + d + "\")";
        }
        if (v instanceof LocalDateTime t) {
            return "java.time.LocalDateTime.parse(\"" + t + "\")";
        }
        if (v instanceof UUID u) {
            return "java.util.UUID.fromString(\"" + u + "\")";
        }
        if (v instanceof byte[] bytes) {
            return "java.util.HexFormat.of().parseHex(\"" + HexFormat.of().formatHex(bytes) + "\")";
        }
        if (v instanceof JsonValue j) {
            return "jsonValue(" + quote(j.text()) + ")";
        }
        throw new IllegalArgumentException("no Java literal for a " + v.getClass().getName());
    }
}
