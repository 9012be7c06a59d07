package org.dbmigrate.internal.autogenerate;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Folds each database's type spellings into the canonical names of {@link ColumnType}, so that
 * {@code int4}, {@code INTEGER} and MySQL's {@code int(11)} compare equal.
 */
final class TypeNames {

    private static final Map<String, String> CANONICAL = Map.ofEntries(
            Map.entry("int", "integer"), Map.entry("int4", "integer"), Map.entry("integer", "integer"),
            Map.entry("bigint", "bigint"), Map.entry("int8", "bigint"),
            Map.entry("smallint", "smallint"), Map.entry("int2", "smallint"),
            Map.entry("tinyint", "tinyint"),
            Map.entry("character varying", "varchar"), Map.entry("varchar", "varchar"),
            Map.entry("nvarchar", "varchar"), Map.entry("varchar_ignorecase", "varchar"),
            Map.entry("character", "char"), Map.entry("char", "char"), Map.entry("bpchar", "char"),
            Map.entry("nchar", "char"),
            Map.entry("text", "text"), Map.entry("clob", "text"), Map.entry("character large object", "text"),
            Map.entry("numeric", "decimal"), Map.entry("decimal", "decimal"), Map.entry("dec", "decimal"),
            Map.entry("double precision", "double"), Map.entry("float8", "double"), Map.entry("double", "double"),
            Map.entry("real", "real"), Map.entry("float4", "real"),
            Map.entry("boolean", "boolean"), Map.entry("bool", "boolean"),
            Map.entry("date", "date"),
            Map.entry("time", "time"), Map.entry("time without time zone", "time"),
            Map.entry("timestamp", "timestamp"), Map.entry("timestamp without time zone", "timestamp"),
            Map.entry("datetime", "timestamp"),
            Map.entry("timestamp with time zone", "timestamptz"), Map.entry("timestamptz", "timestamptz"),
            Map.entry("bytea", "blob"), Map.entry("blob", "blob"), Map.entry("binary large object", "blob"),
            Map.entry("binary varying", "varbinary"), Map.entry("varbinary", "varbinary"));

    /** {@code timestamp(3) without time zone}, {@code numeric(10,2)}, {@code character varying(50)}. */
    private static final Pattern SPELLED = Pattern.compile(
            "^([a-z_ 0-9]*?)\\s*(?:\\((\\d+)(?:\\s*,\\s*(\\d+))?\\))?\\s*((?:with|without) time zone)?$");

    private TypeNames() {
    }

    /**
     * MySQL and MariaDB: an unsigned integer is another type ({@code integer unsigned}); a foreign
     * key to it needs the same, so the two never compare equal (issue 20 point 5).
     */
    static ColumnType unsigned(ColumnType type) {
        return switch (type.name()) {
            case "integer", "bigint", "smallint", "tinyint", "mediumint" -> ColumnType.of(type.name() + " unsigned");
            default -> type;
        };
    }

    /** From a name and the catalog's separate length/precision/scale columns. */
    static ColumnType of(String rawName, Long length, Integer precision, Integer scale) {
        String name = canonical(rawName.strip().toLowerCase(Locale.ROOT));
        return switch (name) {
            case "varchar", "char", "varbinary" -> new ColumnType(name, length == null ? null
                    : (int) Math.min(length, Integer.MAX_VALUE), null, null);
            case "decimal" -> ColumnType.decimal(precision, scale == null ? 0 : scale);
            default -> ColumnType.of(name);
        };
    }

    /** From a full spelling such as PostgreSQL's {@code format_type} output. */
    static ColumnType parse(String spelled) {
        String text = spelled.strip().toLowerCase(Locale.ROOT);
        if (text.matches(".*\\bunsigned\\b.*")) {
            return unsigned(parse(text.replaceAll("\\s*\\b(unsigned|zerofill)\\b", "")));
        }
        Matcher m = SPELLED.matcher(text);
        if (!m.matches()) {
            return ColumnType.of(text);
        }
        String base = m.group(1).strip() + (m.group(4) == null ? "" : " " + m.group(4));
        Integer first = m.group(2) == null ? null : Integer.valueOf(m.group(2));
        Integer second = m.group(3) == null ? null : Integer.valueOf(m.group(3));
        String name = canonical(base);
        return switch (name) {
            case "varchar", "char", "varbinary" -> new ColumnType(name, first, null, null);
            case "decimal" -> ColumnType.decimal(first, first == null ? null : second == null ? 0 : second);
            default -> ColumnType.of(name);
        };
    }

    private static String canonical(String name) {
        return CANONICAL.getOrDefault(name, name);
    }
}
