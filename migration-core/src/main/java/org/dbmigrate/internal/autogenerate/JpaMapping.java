package org.dbmigrate.internal.autogenerate;

import static org.dbmigrate.internal.autogenerate.JpaAnnotations.P;
import static org.dbmigrate.internal.autogenerate.JpaAnnotations.V;
import static org.dbmigrate.internal.autogenerate.JpaAnnotations.attr;
import static org.dbmigrate.internal.autogenerate.JpaAnnotations.comment;
import static org.dbmigrate.internal.autogenerate.JpaAnnotations.find;
import static org.dbmigrate.internal.autogenerate.JpaAnnotations.has;
import static org.dbmigrate.internal.autogenerate.JpaAnnotations.text;

import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.dbmigrate.error.MigrationError;
import org.dbmigrate.internal.dialect.Dialect;

/**
 * Maps JPA entity classes to tables as Hibernate 6 does (field access), under the configured
 * {@link NamingStrategy}: basic and embedded attributes, many-to-one and owning one-to-one join
 * columns, one-to-many by a join column on the other table or by a join table, many-to-many join
 * tables, element collections, the three inheritance strategies, {@code @Table} indexes and unique
 * constraints, and Bean Validation's {@code @NotNull}/{@code @NotBlank}/{@code @NotEmpty},
 * {@code @Size(max)} and {@code @Digits} where Hibernate applies them. What it does not map is
 * named in {@link #warnings()}.
 */
final class JpaMapping {

    private enum Strategy { SINGLE_TABLE, JOINED, TABLE_PER_CLASS }

    /** On a getter they mean property access, which is not read (lifecycle callbacks on methods are fine). */
    private static final Set<String> PROPERTY_ANNOTATIONS = Set.of(P + "Id", P + "EmbeddedId", P + "Column",
            P + "Basic", P + "ManyToOne", P + "OneToOne", P + "OneToMany", P + "ManyToMany", P + "ElementCollection",
            P + "Embedded", P + "JoinColumn", P + "Lob", P + "Enumerated", P + "Version");

    /** One table being collected; several classes may add to it (a single-table hierarchy, a one-to-many key). */
    private static final class Draft {
        final String name;
        String comment;
        final Map<String, Column> columns = new LinkedHashMap<>();
        final List<String> key = new ArrayList<>();
        final List<UniqueConstraint> uniques = new ArrayList<>();
        final List<Index> indexes = new ArrayList<>();
        final List<ForeignKey> keys = new ArrayList<>();

        Draft(String name) {
            this.name = name;
        }

        void add(Column column) {
            columns.putIfAbsent(column.name(), column);
        }

        /**
         * A composite key's columns in Hibernate 6.2+'s order (its standard column ordering): the
         * narrower type first, then by name; the table's own column order is not compared.
         */
        Table table() {
            List<String> ordered = key.stream().sorted(Comparator.comparingLong((String c) -> width(columns.get(c).type()))
                    .thenComparing(c -> c)).toList();
            return new Table(name, List.copyOf(columns.values()), key.isEmpty() ? null : new PrimaryKey(null, ordered),
                    uniques, indexes, keys, List.of(), comment);
        }

        private static long width(ColumnType type) {
            return switch (type.name()) {
                case "boolean", "bit", "tinyint" -> 1;
                case "smallint" -> 2;
                case "integer", "real", "date", "time" -> 4;
                case "bigint", "double", "timestamp", "timestamptz" -> 8;
                case "uuid" -> 16;
                case "decimal" -> type.precision() == null ? 38 : type.precision();
                default -> type.length() == null ? Integer.MAX_VALUE : type.length();
            };
        }
    }

    /** Where an attribute's columns go and how they are read. */
    private record Target(Class<?> entity, Draft draft, boolean forcedNullable, boolean validated, boolean id,
            Map<String, Annotation> overrides) {
    }

    private final NamingStrategy naming;
    private final JpaColumnTypes types;
    private final List<Class<?>> entities;
    private final Map<Class<?>, String> tableNames = new HashMap<>();
    private final Map<String, Draft> drafts = new TreeMap<>();
    private final Set<String> warnings = new LinkedHashSet<>();

    /** @param hibernateMajor the Hibernate on the model's class path, 6 when there is none (types differ a little) */
    JpaMapping(Dialect dialect, List<Class<?>> entities, NamingStrategy naming, int hibernateMajor) {
        this.naming = naming;
        this.types = new JpaColumnTypes(dialect, hibernateMajor);
        this.entities = List.copyOf(entities);
        entities.forEach(e -> tableNames.put(e, tableName(e)));
    }

    SchemaSnapshot snapshot() {
        for (Class<?> entity : entities) {
            entity(entity);
        }
        return SchemaSnapshot.of(drafts.values().stream().map(Draft::table).toList());
    }

    /** What the model holds that the mapping leaves out, one line each. */
    List<String> warnings() {
        return List.copyOf(warnings);
    }

    private void entity(Class<?> entity) {
        Class<?> root = root(entity);
        boolean hierarchy = root != entity || entities.stream().anyMatch(e -> e != entity
                && entity.isAssignableFrom(e));
        Strategy strategy = hierarchy ? strategy(root) : Strategy.SINGLE_TABLE;
        if (strategy == Strategy.TABLE_PER_CLASS && Modifier.isAbstract(entity.getModifiers())) {
            return; // Hibernate makes no table for an abstract class of a table-per-class hierarchy
        }
        boolean subclass = root != entity;
        Draft draft = draft(tableNames.get(entity));
        String comment = comment(subclass && strategy == Strategy.SINGLE_TABLE ? root : entity);
        if (comment != null) {
            draft.comment = comment; // the table may have been started by a subclass or a one-to-many key
        }
        Target target = new Target(entity, draft, subclass && strategy == Strategy.SINGLE_TABLE, true, false, Map.of());
        List<Field> fields = strategy == Strategy.TABLE_PER_CLASS ? allFields(entity) : ownFields(entity);
        if (subclass && strategy == Strategy.JOINED) {
            joinedKey(entity, draft);
        }
        List<String> naturalId = new ArrayList<>();
        for (Field field : fields) {
            int before = draft.columns.size();
            attribute(target, field);
            if (has(field, "org.hibernate.annotations.NaturalId")) {
                draft.columns.keySet().stream().skip(before).forEach(naturalId::add);
            }
        }
        if (!naturalId.isEmpty()) {
            draft.uniques.add(new UniqueConstraint(null, naturalId)); // Hibernate keys a natural id unique
        }
        if (hierarchy && !subclass && (strategy == Strategy.SINGLE_TABLE || has(root, P + "DiscriminatorColumn"))) {
            discriminator(root, draft);
        }
        tableConstraints(entity, draft);
        if (has(entity, P + "SecondaryTable") || has(entity, P + "SecondaryTables")) {
            warnings.add(entity.getName() + ": @SecondaryTable is not mapped");
        }
    }

    /** A JOINED subclass's key: the root's id columns (or its {@code @PrimaryKeyJoinColumn}), a key to the parent. */
    private void joinedKey(Class<?> entity, Draft draft) {
        Class<?> parent = entity.getSuperclass();
        while (!has(parent, P + "Entity")) {
            parent = parent.getSuperclass();
        }
        entity(entity.getName(), parent);
        Field id = idField(parent);
        String parentColumn = column(logicalName(id));
        String name = find(entity, P + "PrimaryKeyJoinColumn").map(j -> text(j, "name")).map(naming::column)
                .map(JpaMapping::lower).orElse(parentColumn);
        draft.add(new Column(name, types.of(where(parent, id), id.getType(), id, find(id, P + "Column"), false), false,
                null, false, null));
        draft.key.add(name);
        draft.keys.add(ForeignKey.of(null, List.of(name), tableNames.get(parent), List.of(parentColumn)));
    }

    private void discriminator(Class<?> root, Draft draft) {
        Optional<Annotation> d = find(root, P + "DiscriminatorColumn");
        String name = d.map(a -> text(a, "name")).orElse("DTYPE");
        String kind = d.map(a -> attr(a, "discriminatorType").toString()).orElse("STRING");
        int length = d.map(a -> (int) attr(a, "length")).orElse(31);
        ColumnType type = switch (kind) {
            case "INTEGER" -> ColumnType.of("integer");
            case "CHAR" -> ColumnType.sized("char", 1);
            default -> ColumnType.sized("varchar", length);
        };
        draft.add(new Column(column(name), type, false, null, false, null));
    }

    private void tableConstraints(Class<?> entity, Draft draft) {
        Optional<Annotation> table = find(entity, P + "Table");
        if (table.isPresent() && (text(table.get(), "schema") != null || text(table.get(), "catalog") != null)) {
            warnings.add(entity.getName() + ": the schema or catalog of @Table is not used; tables are compared in the"
                    + " target's own schema");
        }
        for (Method method : entity.getDeclaredMethods()) {
            if (Arrays.stream(method.getAnnotations()).anyMatch(a -> PROPERTY_ANNOTATIONS.contains(
                    a.annotationType().getName()))) {
                warnings.add(entity.getName() + "." + method.getName() + "(): annotations on methods (property"
                        + " access) are not mapped; dbmigrate reads fields");
                break;
            }
        }
        table.ifPresent(t -> constraints(t, draft));
    }

    /** The {@code uniqueConstraints} and {@code indexes} of a {@code @Table}, {@code @JoinTable} or {@code @CollectionTable}. */
    private void constraints(Annotation table, Draft draft) {
        for (Object u : (Object[]) attr(table, "uniqueConstraints")) {
            Annotation unique = (Annotation) u;
            List<String> cols = new ArrayList<>();
            for (String c : (String[]) attr(unique, "columnNames")) {
                cols.add(column(c));
            }
            draft.uniques.add(new UniqueConstraint(lowerOrNull(text(unique, "name")), cols));
        }
        for (Object i : (Object[]) attr(table, "indexes")) {
            Annotation index = (Annotation) i;
            List<String> cols = new ArrayList<>();
            for (String c : ((String) attr(index, "columnList")).split(",")) {
                cols.add(column(c.strip().split("\\s+")[0]));
            }
            draft.indexes.add(new Index(lowerOrNull(text(index, "name")), cols, (boolean) attr(index, "unique")));
        }
    }

    private void attribute(Target target, Field field) {
        if (has(field, P + "EmbeddedId")) {
            embedded(new Target(target.entity(), target.draft(), false, false, true, overrides(field)), field);
        } else if (has(field, P + "ManyToOne") || has(field, P + "OneToOne")) {
            joinColumn(target, field);
        } else if (has(field, P + "OneToMany")) {
            oneToMany(target, field);
        } else if (has(field, P + "ManyToMany")) {
            manyToMany(target, field);
        } else if (has(field, P + "ElementCollection")) {
            elementCollection(target, field);
        } else if (has(field, P + "Embedded") || has(field.getType(), P + "Embeddable")) {
            // Bean Validation reaches into an embedded object only through @Valid, as Hibernate's does.
            embedded(new Target(target.entity(), target.draft(), target.forcedNullable(),
                    target.validated() && has(field, "jakarta.validation.Valid"), target.id(), overrides(field)), field);
        } else {
            basic(target, field);
        }
    }

    private void embedded(Target target, Field field) {
        for (Field inner : ownFields(field.getType())) {
            attribute(target, inner);
        }
    }

    private void basic(Target target, Field field) {
        Optional<Annotation> column = Optional.ofNullable(target.overrides().get(field.getName()))
                .map(o -> (Annotation) attr(o, "column")).or(() -> find(field, P + "Column"));
        String name = column(column.map(c -> text(c, "name")).orElse(field.getName()));
        boolean id = target.id() || has(field, P + "Id");
        boolean nullable = !id && (target.forcedNullable() || !field.getType().isPrimitive()
                && column.map(c -> (boolean) attr(c, "nullable")).orElse(true)
                && find(field, P + "Basic").map(b -> (boolean) attr(b, "optional")).orElse(true)
                && !(target.validated() && notNull(field)));
        Optional<Annotation> generated = find(field, P + "GeneratedValue");
        boolean identity = generated.map(g -> attr(g, "strategy").toString().equals("IDENTITY")).orElse(false);
        if (generated.isPresent() && !identity && Number.class.isAssignableFrom(boxed(field.getType()))) {
            warnings.add(where(target.entity(), field) + ": the " + attr(generated.get(), "strategy")
                    + " generator's sequence or table is not created");
        }
        ColumnType type = types.of(where(target.entity(), field), field.getType(), field, column,
                target.validated());
        target.draft().add(new Column(name, type, nullable, null, identity, comment(field)));
        if (id) {
            target.draft().key.add(name);
        }
        if (column.isPresent() && (boolean) attr(column.get(), "unique")) {
            target.draft().uniques.add(new UniqueConstraint(null, List.of(name)));
        }
        checksNotMapped(target.entity(), field);
    }

    /** A many-to-one (or owning one-to-one): a column of the referenced key's type, and a foreign key. */
    private void joinColumn(Target target, Field field) {
        Annotation relation = find(field, P + "ManyToOne").orElseGet(() -> find(field, P + "OneToOne").get());
        boolean oneToOne = relation.annotationType().getSimpleName().equals("OneToOne");
        if (oneToOne && text(relation, "mappedBy") != null) {
            return; // the other side holds the key
        }
        String where = where(target.entity(), field);
        if (has(field, P + "MapsId") || has(field, P + "JoinColumns") || has(field, P + "PrimaryKeyJoinColumn")
                || has(field, P + "JoinTable")) {
            warnings.add(where + ": @MapsId, @JoinColumns, @PrimaryKeyJoinColumn and @JoinTable on a to-one"
                    + " association are not mapped");
            return;
        }
        Class<?> other = entity(where, targetType(relation, field.getType()));
        Optional<Annotation> join = find(field, P + "JoinColumn");
        Field referencedField = referenced(other, join);
        String referenced = logicalName(referencedField);
        String name = column(join.map(j -> text(j, "name")).orElse(field.getName() + "_" + referenced));
        boolean nullable = target.forcedNullable() || (boolean) attr(relation, "optional")
                && join.map(j -> (boolean) attr(j, "nullable")).orElse(true) && !(target.validated() && notNull(field));
        ColumnType type = types.of(where, referencedField.getType(), referencedField, find(referencedField, P + "Column"),
                false);
        target.draft().add(new Column(name, type, nullable, null, false, comment(field)));
        if (target.id() || has(field, P + "Id")) {
            target.draft().key.add(name);
        }
        foreignKey(target.draft(), join, name, other, column(referenced));
        if (oneToOne) {
            target.draft().uniques.add(new UniqueConstraint(null, List.of(name)));
        }
    }

    /**
     * Issue 20 point 1: {@code @OneToMany @JoinColumn} puts the key column on the other entity's
     * table; without {@code mappedBy} or a join column, a join table holds the pairs.
     */
    private void oneToMany(Target target, Field field) {
        Annotation relation = find(field, P + "OneToMany").get();
        if (text(relation, "mappedBy") != null || !collection(target, field)) {
            return;
        }
        String where = where(target.entity(), field);
        Class<?> other = entity(where, targetType(relation, elementType(field)));
        Optional<Annotation> join = find(field, P + "JoinColumn");
        if (join.isPresent()) {
            Field ownerId = idField(target.entity());
            String referenced = logicalName(ownerId);
            String name = column(Optional.ofNullable(text(join.get(), "name")).orElse(field.getName() + "_" + referenced));
            Draft draft = draft(tableNames.get(other));
            draft.add(new Column(name, types.of(where, ownerId.getType(), ownerId, find(ownerId, P + "Column"), false),
                    (boolean) attr(join.get(), "nullable"), null, false, null));
            foreignKey(draft, join, name, target.entity(), column(referenced));
            find(field, P + "OrderColumn").ifPresent(o -> draft.add(new Column(orderColumn(o, field),
                    ColumnType.of("integer"), true, null, false, null)));
            return;
        }
        Draft table = joinTable(target, field, other);
        String inverse = table.columns.keySet().stream().skip(1).findFirst().orElseThrow();
        table.uniques.add(new UniqueConstraint(null, List.of(inverse)));
    }

    /** Issue 20 point 2: the owning side's join table, named by {@code @JoinTable} or by the naming strategy. */
    private void manyToMany(Target target, Field field) {
        Annotation relation = find(field, P + "ManyToMany").get();
        if (text(relation, "mappedBy") != null || !collection(target, field)) {
            return;
        }
        joinTable(target, field, entity(where(target.entity(), field), targetType(relation, elementType(field))));
    }

    /** The owner's key column first, then the other side's, both NOT NULL with foreign keys; then the collection's key. */
    private Draft joinTable(Target target, Field field, Class<?> other) {
        Class<?> owner = target.entity();
        Optional<Annotation> joinTable = find(field, P + "JoinTable");
        String name = joinTable.map(j -> text(j, "name")).map(this::table)
                .orElseGet(() -> table(naming.joinTable(tableNames.get(owner), tableNames.get(other), field.getName())));
        Draft draft = draft(name);
        Field ownerId = idField(owner);
        Field otherId = idField(other);
        String mappedBy = mappedByOnOtherSide(other, owner, field.getName());
        String ownerColumn = column(joinTable.flatMap(j -> firstJoinColumnName(j, "joinColumns"))
                .orElse((mappedBy != null ? mappedBy : entityName(owner)) + "_" + logicalName(ownerId)));
        String otherColumn = column(joinTable.flatMap(j -> firstJoinColumnName(j, "inverseJoinColumns"))
                .orElse(field.getName() + "_" + logicalName(otherId)));
        String where = where(owner, field);
        draft.add(new Column(ownerColumn, types.of(where, ownerId.getType(), ownerId, find(ownerId, P + "Column"), false),
                false, null, false, null));
        draft.add(new Column(otherColumn, types.of(where, otherId.getType(), otherId, find(otherId, P + "Column"), false),
                false, null, false, null));
        draft.keys.add(ForeignKey.of(null, List.of(ownerColumn), tableNames.get(owner), List.of(column(logicalName(
                ownerId)))));
        draft.keys.add(ForeignKey.of(null, List.of(otherColumn), tableNames.get(other), List.of(column(logicalName(
                otherId)))));
        collectionKey(draft, field, ownerColumn, List.of(otherColumn));
        joinTable.ifPresent(j -> constraints(j, draft));
        return draft;
    }

    /** An element collection's own table: the owner's key, then the element's columns (an embeddable's, or one). */
    private void elementCollection(Target target, Field field) {
        if (!collection(target, field)) {
            return;
        }
        Class<?> owner = target.entity();
        Optional<Annotation> collectionTable = find(field, P + "CollectionTable");
        String name = collectionTable.map(c -> text(c, "name")).map(this::table)
                .orElseGet(() -> table(entityName(owner) + "_" + field.getName()));
        Draft draft = draft(name);
        Field ownerId = idField(owner);
        String ownerColumn = column(collectionTable.flatMap(c -> firstJoinColumnName(c, "joinColumns"))
                .orElse(entityName(owner) + "_" + logicalName(ownerId)));
        String where = where(owner, field);
        draft.add(new Column(ownerColumn, types.of(where, ownerId.getType(), ownerId, find(ownerId, P + "Column"), false),
                false, null, false, null));
        draft.keys.add(ForeignKey.of(null, List.of(ownerColumn), tableNames.get(owner),
                List.of(column(logicalName(ownerId)))));
        Class<?> element = elementType(field);
        if (has(element, P + "Embeddable")) {
            Target inner = new Target(owner, draft, false, false, false, overrides(field));
            for (Field f : ownFields(element)) {
                attribute(inner, f);
            }
        } else {
            Optional<Annotation> column = find(field, P + "Column");
            draft.add(new Column(column(column.map(c -> text(c, "name")).orElse(field.getName())),
                    types.of(where, element, field, column, false),
                    column.map(c -> (boolean) attr(c, "nullable")).orElse(true), null, false, null));
        }
        List<String> elementColumns = draft.columns.keySet().stream().skip(1).toList();
        collectionKey(draft, field, ownerColumn, elementColumns);
        collectionTable.ifPresent(c -> constraints(c, draft));
    }

    /**
     * A set's table has a primary key over the owner's key and the element (when every element
     * column is NOT NULL); a list with {@code @OrderColumn} over the owner's key and the order column;
     * a bag none.
     */
    private void collectionKey(Draft draft, Field field, String ownerColumn, List<String> elementColumns) {
        List<String> key = new ArrayList<>();
        Optional<Annotation> order = find(field, P + "OrderColumn");
        if (order.isPresent()) {
            String name = orderColumn(order.get(), field);
            draft.add(new Column(name, ColumnType.of("integer"), false, null, false, null));
            key.add(ownerColumn);
            key.add(name);
        } else if (Set.class.isAssignableFrom(field.getType())
                && elementColumns.stream().noneMatch(c -> draft.columns.get(c).nullable())) {
            key.add(ownerColumn);
            key.addAll(elementColumns);
        }
        draft.key.addAll(key);
    }

    private String orderColumn(Annotation order, Field field) {
        return column(Optional.ofNullable(text(order, "name")).orElse(field.getName() + "_ORDER"));
    }

    /** Collections and sets are mapped; a map is named in a warning. */
    private boolean collection(Target target, Field field) {
        if (Collection.class.isAssignableFrom(field.getType())) {
            return true;
        }
        warnings.add(where(target.entity(), field) + ": a " + field.getType().getSimpleName()
                + " association or element collection is not mapped (only collections, lists and sets are)");
        return false;
    }

    private void foreignKey(Draft draft, Optional<Annotation> join, String column, Class<?> referencedEntity,
            String referencedColumn) {
        Optional<Annotation> fk = join.map(j -> (Annotation) attr(j, "foreignKey"));
        if (fk.map(k -> attr(k, "value").toString().equals("NO_CONSTRAINT")).orElse(false)
                || isAbstractTablePerClass(referencedEntity)) {
            return;
        }
        draft.keys.add(ForeignKey.of(fk.map(k -> text(k, "name")).map(JpaMapping::lower).orElse(null), List.of(column),
                tableNames.get(referencedEntity), List.of(referencedColumn)));
    }

    private boolean isAbstractTablePerClass(Class<?> entity) {
        return Modifier.isAbstract(entity.getModifiers()) && strategy(root(entity)) == Strategy.TABLE_PER_CLASS;
    }

    /** Hibernate turns these into check constraints; dbmigrate does not. */
    private void checksNotMapped(Class<?> entity, Field field) {
        for (String check : List.of(V + "Min", V + "Max", V + "DecimalMin", V + "DecimalMax",
                "org.hibernate.annotations.Check")) {
            if (has(field, check)) {
                warnings.add(where(entity, field) + ": the check constraint of @" + check.substring(
                        check.lastIndexOf('.') + 1) + " is not generated");
            }
        }
    }

    private static boolean notNull(Field field) {
        return has(field, V + "NotNull") || has(field, V + "NotBlank") || has(field, V + "NotEmpty");
    }

    /** The attribute on the other side whose {@code mappedBy} names this one, or null (unidirectional). */
    private static String mappedByOnOtherSide(Class<?> other, Class<?> owner, String attribute) {
        for (Field f : allFields(other)) {
            Optional<Annotation> m = find(f, P + "ManyToMany").or(() -> find(f, P + "OneToMany"));
            if (m.isPresent() && attribute.equals(text(m.get(), "mappedBy"))
                    && elementType(f).isAssignableFrom(owner)) {
                return f.getName();
            }
        }
        return null;
    }

    private static Optional<String> firstJoinColumnName(Annotation holder, String attribute) {
        Object[] columns = (Object[]) attr(holder, attribute);
        return columns.length == 0 ? Optional.empty() : Optional.ofNullable(text((Annotation) columns[0], "name"));
    }

    private static Map<String, Annotation> overrides(Field field) {
        Map<String, Annotation> overrides = new HashMap<>();
        List<Annotation> all = new ArrayList<>();
        find(field, P + "AttributeOverride").ifPresent(all::add);
        find(field, P + "AttributeOverrides").ifPresent(o -> {
            for (Object a : (Object[]) attr(o, "value")) {
                all.add((Annotation) a);
            }
        });
        all.forEach(a -> overrides.put((String) attr(a, "name"), a));
        return overrides;
    }

    private Draft draft(String name) {
        return drafts.computeIfAbsent(name, Draft::new);
    }

    private Class<?> entity(String where, Class<?> type) {
        if (!tableNames.containsKey(type)) {
            throw new MigrationError(where + " refers to " + type.getName()
                    + ", which is not among the model's entities; add it to [autogenerate] model");
        }
        return type;
    }

    private static Class<?> targetType(Annotation relation, Class<?> declared) {
        Class<?> explicit = (Class<?>) attr(relation, "targetEntity");
        return explicit == void.class ? declared : explicit;
    }

    private static Class<?> elementType(Field field) {
        Type generic = field.getGenericType();
        if (generic instanceof ParameterizedType p && p.getActualTypeArguments().length == 1
                && p.getActualTypeArguments()[0] instanceof Class<?> c) {
            return c;
        }
        Optional<Annotation> ec = find(field, P + "ElementCollection");
        if (ec.isPresent() && attr(ec.get(), "targetClass") != void.class) {
            return (Class<?>) attr(ec.get(), "targetClass");
        }
        throw new MigrationError(field.getDeclaringClass().getName() + "." + field.getName()
                + ": give the collection its element type (List<Pet>) or targetEntity");
    }

    private Field referenced(Class<?> target, Optional<Annotation> join) {
        String name = join.map(j -> text(j, "referencedColumnName")).orElse(null);
        Field id = idField(target);
        if (name == null) {
            return id;
        }
        return allFields(target).stream().filter(f -> logicalName(f).equalsIgnoreCase(name)).findFirst().orElse(id);
    }

    private Class<?> root(Class<?> entity) {
        Class<?> root = entity;
        for (Class<?> c = entity.getSuperclass(); c != null; c = c.getSuperclass()) {
            if (has(c, P + "Entity")) {
                root = c;
            }
        }
        return root;
    }

    private static Strategy strategy(Class<?> root) {
        return find(root, P + "Inheritance").map(i -> Strategy.valueOf(attr(i, "strategy").toString()))
                .orElse(Strategy.SINGLE_TABLE);
    }

    /** Fields declared by the class and by its {@code @MappedSuperclass} ancestors below the next entity. */
    private static List<Field> ownFields(Class<?> type) {
        List<Field> fields = new ArrayList<>();
        Class<?> superclass = type.getSuperclass();
        if (superclass != null && has(superclass, P + "MappedSuperclass")) {
            fields.addAll(ownFields(superclass));
        }
        for (Field field : type.getDeclaredFields()) {
            int modifiers = field.getModifiers();
            if (!Modifier.isStatic(modifiers) && !Modifier.isTransient(modifiers) && !field.isSynthetic()
                    && !has(field, P + "Transient")) {
                fields.add(field);
            }
        }
        return fields;
    }

    /** Fields of the class and of every entity and mapped superclass above it. */
    private static List<Field> allFields(Class<?> type) {
        List<Field> fields = new ArrayList<>();
        Class<?> superclass = type.getSuperclass();
        if (superclass != null && has(superclass, P + "Entity")) {
            fields.addAll(allFields(superclass));
        }
        fields.addAll(ownFields(type));
        return fields;
    }

    private static Field idField(Class<?> entity) {
        for (Field f : allFields(entity)) {
            if (has(f, P + "Id")) {
                return f;
            }
            if (has(f, P + "EmbeddedId")) {
                throw new MigrationError(entity.getName() + " has an @EmbeddedId; an association to it is not mapped"
                        + " (a composite key's join columns); mark the association @Transient or use schema: as model");
            }
        }
        throw new MigrationError(entity.getName() + " has no @Id field; the model cannot refer to it");
    }

    /** The column name as the model writes it, before physical naming. */
    private static String logicalName(Field field) {
        return find(field, P + "Column").map(c -> text(c, "name")).orElse(field.getName());
    }

    private static String entityName(Class<?> entity) {
        return find(entity, P + "Entity").map(e -> text(e, "name")).orElse(entity.getSimpleName());
    }

    private String tableName(Class<?> entity) {
        Class<?> root = root(entity);
        if (root != entity && strategy(root) == Strategy.SINGLE_TABLE) {
            return tableName(root);
        }
        return table(find(entity, P + "Table").map(t -> text(t, "name")).orElse(entityName(entity)));
    }

    private String table(String logical) {
        return lower(naming.table(logical));
    }

    private String column(String logical) {
        return lower(naming.column(logical));
    }

    private static Class<?> boxed(Class<?> type) {
        return type == long.class ? Long.class : type == int.class ? Integer.class : type == short.class ? Short.class
                : type;
    }

    private static String where(Class<?> entity, Field field) {
        return entity.getName() + "." + field.getName();
    }

    private static String lowerOrNull(String s) {
        return s == null ? null : lower(s);
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
