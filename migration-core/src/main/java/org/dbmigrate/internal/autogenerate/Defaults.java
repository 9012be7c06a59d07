package org.dbmigrate.internal.autogenerate;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Folds default-value spellings into one form so that an unchanged default compares equal: casts
 * ({@code 'a'::character varying}), quotes around numbers, {@code TRUE} versus {@code 1}, and the
 * many names of the current timestamp.
 */
final class Defaults {

    private static final Pattern CAST = Pattern.compile("::[a-z_ ]+(\\(\\d+(,\\d+)?\\))?(\\[\\])?$");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final Set<String> NUMERIC = Set.of("integer", "bigint", "smallint", "tinyint", "decimal", "double",
            "real");
    private static final Set<String> NOW = Set.of("current_timestamp", "current_timestamp()", "now()",
            "localtimestamp", "localtimestamp()", "current_timestamp(6)", "current_timestamp(3)");

    private Defaults() {
    }

    static String normalize(String raw, ColumnType type) {
        if (raw == null) {
            return null;
        }
        String value = raw.strip();
        value = unwrap(value);
        String previous;
        do {
            previous = value;
            value = CAST.matcher(value).replaceFirst("").strip();
        } while (!value.equals(previous));
        if (value.isEmpty() || value.equalsIgnoreCase("null")) {
            return null;
        }
        boolean quoted = value.length() >= 2 && value.startsWith("'") && value.endsWith("'");
        String unquoted = quoted ? value.substring(1, value.length() - 1) : value;
        if (type.name().equals("boolean")) {
            String b = unquoted.toLowerCase(Locale.ROOT);
            if (b.equals("1") || b.equals("true") || b.equals("b'1'")) {
                return "true";
            }
            if (b.equals("0") || b.equals("false") || b.equals("b'0'")) {
                return "false";
            }
        }
        if (NUMERIC.contains(type.name()) && NUMBER.matcher(unquoted).matches()) {
            return unquoted;
        }
        if (quoted) {
            return value;
        }
        String lower = value.toLowerCase(Locale.ROOT);
        return NOW.contains(lower) ? "current_timestamp" : lower;
    }

    /** Removes parentheses around the whole text: {@code ((a > 0))} to {@code a > 0}, not {@code (a) OR (b)}. */
    static String unwrap(String text) {
        String value = text.strip();
        while (value.startsWith("(") && value.endsWith(")") && balanced(value.substring(1, value.length() - 1))) {
            value = value.substring(1, value.length() - 1).strip();
        }
        return value;
    }

    /** True when the parentheses of {@code s} balance, so outer ones around it may be removed. */
    private static boolean balanced(String s) {
        int depth = 0;
        for (char c : s.toCharArray()) {
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (depth < 0) {
                return false;
            }
        }
        return depth == 0;
    }
}
