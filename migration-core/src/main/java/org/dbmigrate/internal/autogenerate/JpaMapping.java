package org.dbmigrate.internal.autogenerate;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dbmigrate.error.MigrationError;
import org.dbmigrate.internal.dialect.Dialect;
import org.dbmigrate.internal.dialect.MySqlDialect;
import org.dbmigrate.internal.dialect.PostgresDialect;

/**
 * Maps JPA entity classes to tables as Hibernate 6 does by default (field access): the table is
 * {@code @Table(name)}, else the entity name, else the class's simple name; a column is
 * {@code @Column(name)} else the field name; a many-to-one is {@code <field>_<referenced id column>}
 * with a foreign key; {@code String} is {@code varchar(255)} unless {@code length} says otherwise,
 * {@code BigDecimal} {@code decimal(38,2)}, primitives are NOT NULL. Annotations are read by their
 * names through reflection, so no JPA jar is needed to compile or run dbmigrate.
 *
 * <p>Not mapped: collections and join tables ({@code @OneToMany}, {@code @ManyToMany},
 * {@code @ElementCollection}), inheritance hierarchies, {@code @EmbeddedId}, sequences.
 */
final class JpaMapping {

    private static final String P = "jakarta.persistence.";
    private static final Set<String> SKIPPED = Set.of(P + "Transient", P + "OneToMany", P + "ManyToMany",
            P + "ElementCollection");

    private final Dialect dialect;
    private final List<Class<?>> entities;
    private final Map<Class<?>, String> tableNames = new HashMap<>();

    JpaMapping(Dialect dialect, List<Class<?>> entities) {
        this.dialect = dialect;
        this.entities = List.copyOf(entities);
        entities.forEach(e -> tableNames.put(e, tableName(e)));
    }

    SchemaSnapshot snapshot() {
        List<Table> tables = new ArrayList<>();
        for (Class<?> entity : entities) {
            tables.add(table(entity));
        }
        return SchemaSnapshot.of(tables);
    }

    private Table table(Class<?> entity) {
        String name = tableNames.get(entity);
        List<Column> columns = new ArrayList<>();
        List<String> idColumns = new ArrayList<>();
        List<UniqueConstraint> uniques = new ArrayList<>();
        List<Index> indexes = new ArrayList<>();
        List<ForeignKey> keys = new ArrayList<>();
        for (Field field : fields(entity)) {
            if (has(field, P + "ManyToOne") || has(field, P + "OneToOne")) {
                joinColumn(entity, field, columns, keys, uniques);
                continue;
            }
            Column column = basicColumn(entity, field);
            columns.add(column);
            if (has(field, P + "Id")) {
                idColumns.add(column.name());
            }
            Optional<Annotation> c = find(field, P + "Column");
            if (c.isPresent() && (boolean) attr(c.get(), "unique")) {
                uniques.add(new UniqueConstraint(null, List.of(column.name())));
            }
        }
        Optional<Annotation> table = find(entity, P + "Table");
        if (table.isPresent()) {
            for (Object u : (Object[]) attr(table.get(), "uniqueConstraints")) {
                Annotation unique = (Annotation) u;
                List<String> cols = new ArrayList<>();
                for (String c : (String[]) attr(unique, "columnNames")) {
                    cols.add(lower(c));
                }
                uniques.add(new UniqueConstraint(emptyToNull((String) attr(unique, "name")), cols));
            }
            for (Object i : (Object[]) attr(table.get(), "indexes")) {
                Annotation index = (Annotation) i;
                List<String> cols = new ArrayList<>();
                for (String c : ((String) attr(index, "columnList")).split(",")) {
                    cols.add(lower(c.strip().split("\\s+")[0]));
                }
                indexes.add(new Index(emptyToNull((String) attr(index, "name")), cols, (boolean) attr(index, "unique")));
            }
        }
        return new Table(name, columns, idColumns.isEmpty() ? null : new PrimaryKey(null, idColumns), uniques, indexes,
                keys, List.of(), comment(entity));
    }

    private Column basicColumn(Class<?> entity, Field field) {
        Optional<Annotation> column = find(field, P + "Column");
        String name = column.map(c -> emptyToNull((String) attr(c, "name"))).orElse(field.getName());
        boolean id = has(field, P + "Id");
        boolean nullable = !field.getType().isPrimitive() && !id
                && column.map(c -> (boolean) attr(c, "nullable")).orElse(true)
                && find(field, P + "Basic").map(b -> (boolean) attr(b, "optional")).orElse(true);
        boolean identity = find(field, P + "GeneratedValue")
                .map(g -> attr(g, "strategy").toString().equals("IDENTITY")).orElse(false);
        return new Column(lower(name), type(entity, field, column), nullable, null, identity, comment(field));
    }

    /** A many-to-one (or owning one-to-one): a column of the referenced id's type, and a foreign key. */
    private void joinColumn(Class<?> entity, Field field, List<Column> columns, List<ForeignKey> keys,
            List<UniqueConstraint> uniques) {
        Annotation relation = find(field, P + "ManyToOne").orElseGet(() -> find(field, P + "OneToOne").get());
        if (relation.annotationType().getSimpleName().equals("OneToOne")
                && !((String) attr(relation, "mappedBy")).isEmpty()) {
            return; // the other side holds the key
        }
        Class<?> target = field.getType();
        if (!tableNames.containsKey(target)) {
            throw new MigrationError(entity.getName() + "." + field.getName() + " refers to " + target.getName()
                    + ", which is not among the model's entities; add it to [autogenerate] model");
        }
        Optional<Annotation> join = find(field, P + "JoinColumn");
        Field targetId = idField(target);
        String referenced = join.map(j -> emptyToNull((String) attr(j, "referencedColumnName")))
                .orElse(columnName(targetId));
        Field referencedField = fields(target).stream().filter(f -> lower(columnName(f)).equals(lower(referenced)))
                .findFirst().orElse(targetId);
        String name = join.map(j -> emptyToNull((String) attr(j, "name")))
                .orElse(field.getName() + "_" + referenced);
        boolean nullable = (boolean) attr(relation, "optional") && join.map(j -> (boolean) attr(j, "nullable"))
                .orElse(true);
        ColumnType type = type(target, referencedField, find(referencedField, P + "Column"));
        columns.add(new Column(lower(name), type, nullable, null, false, comment(field)));
        String keyName = join.map(j -> emptyToNull((String) attr((Annotation) attr(j, "foreignKey"), "name")))
                .orElse(null);
        keys.add(ForeignKey.of(keyName == null ? null : lower(keyName), List.of(lower(name)), tableNames.get(target),
                List.of(lower(referenced))));
        if (relation.annotationType().getSimpleName().equals("OneToOne")) {
            uniques.add(new UniqueConstraint(null, List.of(lower(name))));
        }
    }

    private ColumnType type(Class<?> entity, Field field, Optional<Annotation> column) {
        String definition = column.map(c -> (String) attr(c, "columnDefinition")).orElse("");
        if (!definition.isBlank()) {
            return TypeNames.parse(definition.strip().split("(?i)\\s+(not\\s+null|null|default|primary)\\b")[0]);
        }
        Class<?> t = field.getType();
        boolean lob = has(field, P + "Lob");
        int length = column.map(c -> (int) attr(c, "length")).orElse(255);
        boolean mysql = dialect instanceof MySqlDialect;
        boolean postgres = dialect instanceof PostgresDialect;
        if (t == String.class) {
            return lob ? ColumnType.of(mysql ? "longtext" : "text") : ColumnType.sized("varchar", length);
        }
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
            return ColumnType.of("boolean");
        }
        if (t == double.class || t == Double.class) {
            return ColumnType.of("double");
        }
        if (t == float.class || t == Float.class) {
            return ColumnType.of("real");
        }
        if (t == char.class || t == Character.class) {
            return ColumnType.sized("char", 1);
        }
        if (t == BigDecimal.class || t == BigInteger.class) {
            int precision = column.map(c -> (int) attr(c, "precision")).orElse(0);
            int scale = column.map(c -> (int) attr(c, "scale")).orElse(0);
            return ColumnType.decimal(precision == 0 ? 38 : precision,
                    t == BigInteger.class ? 0 : precision == 0 && scale == 0 ? 2 : scale);
        }
        switch (t.getName()) {
            case "java.time.LocalDate", "java.sql.Date":
                return ColumnType.of("date");
            case "java.time.LocalTime", "java.sql.Time":
                return ColumnType.of("time");
            case "java.time.LocalDateTime", "java.util.Date", "java.sql.Timestamp", "java.util.Calendar":
                return ColumnType.of("timestamp");
            case "java.time.Instant", "java.time.OffsetDateTime", "java.time.ZonedDateTime":
                return ColumnType.of(mysql ? "timestamp" : "timestamptz");
            case "java.util.UUID":
                return ColumnType.of(mysql ? "binary(16)" : "uuid");
            default:
                break;
        }
        if (t == byte[].class || t == Byte[].class) {
            return lob || postgres ? ColumnType.of(mysql ? "longblob" : "blob") : ColumnType.sized("varbinary", length);
        }
        if (t.isEnum()) {
            boolean string = find(field, P + "Enumerated").map(e -> attr(e, "value").toString().equals("STRING"))
                    .orElse(false);
            return string ? ColumnType.sized("varchar", length) : ColumnType.of(postgres ? "smallint" : "tinyint");
        }
        throw new MigrationError(entity.getName() + "." + field.getName() + ": no column type for " + t.getName()
                + "; give it @Column(columnDefinition = \"...\") or mark it @Transient");
    }

    /** Persistent fields: those of @MappedSuperclass ancestors, then the class's own; embedded fields flattened. */
    private static List<Field> fields(Class<?> type) {
        List<Field> fields = new ArrayList<>();
        Class<?> superclass = type.getSuperclass();
        if (superclass != null && has(superclass, P + "MappedSuperclass")) {
            fields.addAll(fields(superclass));
        }
        for (Field field : type.getDeclaredFields()) {
            int modifiers = field.getModifiers();
            if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers) || field.isSynthetic()
                    || SKIPPED.stream().anyMatch(a -> has(field, a))) {
                continue;
            }
            if (has(field, P + "Embedded") || has(field.getType(), P + "Embeddable")) {
                fields.addAll(fields(field.getType()));
                continue;
            }
            fields.add(field);
        }
        return fields;
    }

    private static Field idField(Class<?> entity) {
        return fields(entity).stream().filter(f -> has(f, P + "Id")).findFirst()
                .orElseThrow(() -> new MigrationError(entity.getName() + " has no @Id field; the model cannot refer"
                        + " to it"));
    }

    private static String columnName(Field field) {
        return find(field, P + "Column").map(c -> emptyToNull((String) attr(c, "name"))).orElse(field.getName());
    }

    private static String tableName(Class<?> entity) {
        String table = find(entity, P + "Table").map(t -> emptyToNull((String) attr(t, "name"))).orElse(null);
        String entityName = find(entity, P + "Entity").map(e -> emptyToNull((String) attr(e, "name"))).orElse(null);
        return lower(table != null ? table : entityName != null ? entityName : entity.getSimpleName());
    }

    /** Hibernate's own {@code @Comment}, if the model uses it. */
    private static String comment(AnnotatedElement element) {
        return find(element, "org.hibernate.annotations.Comment").map(c -> (String) attr(c, "value")).orElse(null);
    }

    static boolean has(AnnotatedElement element, String annotation) {
        return find(element, annotation).isPresent();
    }

    static Optional<Annotation> find(AnnotatedElement element, String annotation) {
        for (Annotation a : element.getAnnotations()) {
            if (a.annotationType().getName().equals(annotation)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    static Object attr(Annotation annotation, String name) {
        try {
            return annotation.annotationType().getMethod(name).invoke(annotation);
        } catch (NoSuchMethodException | IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + annotation.annotationType().getName() + "." + name, e);
        }
    }

    private static String emptyToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
