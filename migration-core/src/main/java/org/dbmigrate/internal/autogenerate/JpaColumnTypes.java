package org.dbmigrate.internal.autogenerate;

import static org.dbmigrate.internal.autogenerate.JpaAnnotations.P;
import static org.dbmigrate.internal.autogenerate.JpaAnnotations.V;
import static org.dbmigrate.internal.autogenerate.JpaAnnotations.attr;
import static org.dbmigrate.internal.autogenerate.JpaAnnotations.find;
import static org.dbmigrate.internal.autogenerate.JpaAnnotations.has;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Optional;
import org.dbmigrate.error.MigrationError;
import org.dbmigrate.internal.dialect.Dialect;
import org.dbmigrate.internal.dialect.MySqlDialect;
import org.dbmigrate.internal.dialect.PostgresDialect;

/**
 * The column type Hibernate 6 gives a Java type on each database: {@code String} is
 * {@code varchar(255)} or its length (a validated {@code @Size(max)} included), {@code BigDecimal}
 * {@code decimal(38,2)} (or {@code @Digits}), {@code Boolean} MySQL's {@code bit}, an ordinal enum
 * {@code tinyint}/{@code smallint}, {@code @Column(columnDefinition)} as written.
 */
final class JpaColumnTypes {

    private final boolean mysql;
    private final boolean postgres;
    private final int hibernateMajor;

    /** @param hibernateMajor the model's Hibernate (6 when it has none): 7 spells a MySQL char(1) as varchar(1) */
    JpaColumnTypes(Dialect dialect, int hibernateMajor) {
        this.mysql = dialect instanceof MySqlDialect;
        this.postgres = dialect instanceof PostgresDialect;
        this.hibernateMajor = hibernateMajor;
    }

    /**
     * @param where     {@code Class.field}, for the message
     * @param t         the Java type (a collection's element type for an element collection)
     * @param element   the field, whose annotations ({@code @Lob}, {@code @Enumerated}, validation) count
     * @param column    its {@code @Column} (an override's, if any)
     * @param validated Bean Validation annotations apply to this field
     */
    ColumnType of(String where, Class<?> t, AnnotatedElement element, Optional<Annotation> column, boolean validated) {
        String definition = column.map(c -> (String) attr(c, "columnDefinition")).orElse("");
        if (!definition.isBlank()) {
            return TypeNames.parse(definition.strip().split("(?i)\\s+(not\\s+null|null|default|primary)\\b")[0]);
        }
        boolean lob = has(element, P + "Lob");
        int length = column.map(c -> (int) attr(c, "length")).orElse(255);
        if (validated) {
            Optional<Annotation> size = find(element, V + "Size")
                    .or(() -> find(element, "org.hibernate.validator.constraints.Length"));
            int max = size.map(s -> (int) attr(s, "max")).orElse(Integer.MAX_VALUE);
            if (max < Integer.MAX_VALUE && t == String.class) {
                length = max;
            }
        }
        if (t == String.class) {
            return lob ? ColumnType.of(mysql ? "longtext" : "text") : ColumnType.sized("varchar", length);
        }
        ColumnType simple = simple(t);
        if (simple != null) {
            return simple;
        }
        if (t == BigDecimal.class || t == BigInteger.class) {
            Optional<Annotation> digits = validated ? find(element, V + "Digits") : Optional.empty();
            if (digits.isPresent()) {
                int fraction = (int) attr(digits.get(), "fraction");
                return ColumnType.decimal((int) attr(digits.get(), "integer") + fraction, fraction);
            }
            int precision = column.map(c -> (int) attr(c, "precision")).orElse(0);
            int scale = column.map(c -> (int) attr(c, "scale")).orElse(0);
            return ColumnType.decimal(precision == 0 ? 38 : precision,
                    t == BigInteger.class ? 0 : precision == 0 && scale == 0 ? 2 : scale);
        }
        if (t == byte[].class || t == Byte[].class) {
            return lob || postgres ? ColumnType.of(mysql ? "longblob" : "blob") : ColumnType.sized("varbinary", length);
        }
        if (t.isEnum()) {
            boolean string = find(element, P + "Enumerated").map(e -> attr(e, "value").toString().equals("STRING"))
                    .orElse(false);
            return string ? ColumnType.sized("varchar", length) : ColumnType.of(postgres ? "smallint" : "tinyint");
        }
        throw new MigrationError(where + ": no column type for " + t.getName()
                + "; give it @Column(columnDefinition = \"...\") or mark it @Transient");
    }

    private ColumnType simple(Class<?> t) {
        if (t == int.class || t == Integer.class) {
            return ColumnType.of("integer");
        }
        if (t == long.class || t == Long.class) {
            return ColumnType.of("bigint");
        }
        if (t == short.class || t == Short.class) {
            return ColumnType.of("smallint");
        }
        if (t == byte.class || t == Byte.class) {
            return ColumnType.of(postgres ? "smallint" : "tinyint");
        }
        if (t == boolean.class || t == Boolean.class) {
            return ColumnType.of(mysql ? "bit" : "boolean");
        }
        if (t == double.class || t == Double.class) {
            return ColumnType.of("double");
        }
        if (t == float.class || t == Float.class) {
            return ColumnType.of("real");
        }
        if (t == char.class || t == Character.class) {
            return ColumnType.sized(mysql && hibernateMajor >= 7 ? "varchar" : "char", 1);
        }
        return switch (t.getName()) {
            case "java.time.LocalDate", "java.sql.Date" -> ColumnType.of("date");
            case "java.time.LocalTime", "java.sql.Time" -> ColumnType.of("time");
            case "java.time.LocalDateTime", "java.util.Date", "java.sql.Timestamp", "java.util.Calendar" ->
                    ColumnType.of("timestamp");
            case "java.time.Instant", "java.time.OffsetDateTime", "java.time.ZonedDateTime" ->
                    ColumnType.of(mysql ? "timestamp" : "timestamptz");
            case "java.util.UUID" -> ColumnType.of(mysql ? "binary(16)" : "uuid");
            default -> null;
        };
    }
}
