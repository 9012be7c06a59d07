package org.dbmigrate.internal.autogenerate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Compares the database with the model and lists the changes that turn one into the other.
 * Columns, tables, unique constraints and indexes match by name (an unnamed model constraint by its
 * columns), foreign keys by what they connect (names are often generated), check constraints by
 * name (their expression is printed differently by each database, so it is not compared).
 */
public final class SchemaComparator {

    private final ComparisonOptions options;

    public SchemaComparator(ComparisonOptions options) {
        this.options = options;
    }

    /** @return the changes, in no particular order ({@code ChangeOrder} sorts them for rendering) */
    public List<SchemaChange> compare(SchemaSnapshot current, SchemaSnapshot wanted) {
        SchemaSnapshot from = prepare(current);
        SchemaSnapshot to = prepare(wanted);
        List<SchemaChange> changes = new ArrayList<>();
        for (Table table : to.tables().values()) {
            Optional<Table> existing = from.table(table.name());
            if (existing.isEmpty()) {
                changes.add(new SchemaChange.CreateTable(table));
            } else {
                compareTable(existing.get(), table, changes);
            }
        }
        for (Table table : from.tables().values()) {
            if (to.table(table.name()).isEmpty()) {
                changes.add(new SchemaChange.DropTable(table));
            }
        }
        return List.copyOf(changes);
    }

    /** Applies the table filter and, for MySQL, folds unique indexes into unique constraints. */
    private SchemaSnapshot prepare(SchemaSnapshot snapshot) {
        SchemaSnapshot filtered = snapshot.filter(options.tableFilter());
        if (!options.uniqueIndexesAreConstraints()) {
            return filtered;
        }
        return SchemaSnapshot.of(filtered.tables().values().stream().map(t -> {
            List<UniqueConstraint> uniques = new ArrayList<>(t.uniques());
            List<Index> indexes = new ArrayList<>();
            for (Index index : t.indexes()) {
                if (index.unique()) {
                    uniques.add(new UniqueConstraint(index.name(), index.columns()));
                } else {
                    indexes.add(index);
                }
            }
            return new Table(t.name(), t.columns(), t.primaryKey(), uniques, indexes, t.foreignKeys(), t.checks(),
                    t.comment());
        }).toList());
    }

    private void compareTable(Table from, Table to, List<SchemaChange> changes) {
        String name = to.name();
        for (Column column : to.columns()) {
            Optional<Column> existing = from.column(column.name());
            if (existing.isEmpty()) {
                changes.add(new SchemaChange.AddColumn(name, column));
            } else {
                compareColumn(name, existing.get(), column).ifPresent(changes::add);
            }
        }
        for (Column column : from.columns()) {
            if (to.column(column.name()).isEmpty()) {
                changes.add(new SchemaChange.DropColumn(name, column));
            }
        }
        List<String> fromKey = from.primaryKey() == null ? List.of() : from.primaryKey().columns();
        List<String> toKey = to.primaryKey() == null ? List.of() : to.primaryKey().columns();
        if (!fromKey.equals(toKey)) {
            if (from.primaryKey() != null) {
                changes.add(new SchemaChange.DropPrimaryKey(name, from.primaryKey()));
            }
            if (to.primaryKey() != null) {
                changes.add(new SchemaChange.AddPrimaryKey(name, to.primaryKey()));
            }
        }
        match(from.uniques(), to.uniques(), UniqueConstraint::name, u -> u.columns().toString(),
                u -> changes.add(new SchemaChange.DropUnique(name, u)), u -> changes.add(new SchemaChange.AddUnique(name, u)));
        match(from.indexes(), to.indexes(), Index::name, i -> i.columns() + (i.unique() ? " unique" : ""),
                i -> changes.add(new SchemaChange.DropIndex(name, i)), i -> changes.add(new SchemaChange.AddIndex(name, i)));
        match(from.foreignKeys(), to.foreignKeys(), fk -> null, ForeignKey::signature,
                fk -> changes.add(new SchemaChange.DropForeignKey(name, fk)),
                fk -> changes.add(new SchemaChange.AddForeignKey(name, fk)));
        match(from.checks(), to.checks(), CheckConstraint::name, c -> c.name(),
                c -> changes.add(new SchemaChange.DropCheck(name, c)), c -> changes.add(new SchemaChange.AddCheck(name, c)));
        if (!Objects.equals(from.comment(), to.comment())) {
            changes.add(new SchemaChange.ChangeTableComment(name, from.comment(), to.comment()));
        }
    }

    private Optional<SchemaChange> compareColumn(String table, Column from, Column to) {
        boolean type = options.compareType() && !from.type().equals(to.type());
        boolean nullable = from.nullable() != to.nullable();
        boolean defaults = options.compareServerDefault() && !Objects.equals(from.defaultValue(), to.defaultValue());
        boolean comment = !Objects.equals(from.comment(), to.comment());
        if (!type && !nullable && !defaults && !comment) {
            return Optional.empty();
        }
        // The column as it will be: compared aspects from the model, the others kept as they are.
        Column target = new Column(to.name(), type ? to.type() : from.type(), to.nullable(),
                options.compareServerDefault() ? to.defaultValue() : from.defaultValue(), from.autoIncrement(),
                to.comment());
        return Optional.of(new SchemaChange.AlterColumn(table, from, target, type, nullable, defaults, comment));
    }

    /**
     * Pairs the database's items with the model's: by name where the model names the item, else by
     * {@code shape}; an item with the same name but another shape is dropped and added again.
     */
    private static <T> void match(List<T> from, List<T> to, Function<T, String> name, Function<T, String> shape,
            Consumer<T> drop, Consumer<T> add) {
        Set<T> matched = new HashSet<>();
        for (T wanted : to) {
            String wantedName = name.apply(wanted);
            Optional<T> existing = from.stream().filter(f -> !matched.contains(f))
                    .filter(f -> wantedName == null ? shape.apply(f).equals(shape.apply(wanted))
                            : wantedName.equals(name.apply(f)))
                    .findFirst();
            if (existing.isPresent() && shape.apply(existing.get()).equals(shape.apply(wanted))) {
                matched.add(existing.get());
            } else {
                add.accept(wanted);
            }
        }
        for (T existing : from) {
            if (!matched.contains(existing)) {
                drop.accept(existing);
            }
        }
    }
}
