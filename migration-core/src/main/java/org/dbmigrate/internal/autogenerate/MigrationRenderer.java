package org.dbmigrate.internal.autogenerate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dbmigrate.internal.dialect.Dialect;
import org.dbmigrate.internal.dialect.MySqlDialect;
import org.dbmigrate.operations.AddCheck;
import org.dbmigrate.operations.AddColumn;
import org.dbmigrate.operations.AddForeignKey;
import org.dbmigrate.operations.AddPrimaryKey;
import org.dbmigrate.operations.AddUnique;
import org.dbmigrate.operations.AlterColumn;
import org.dbmigrate.operations.CreateIndex;
import org.dbmigrate.operations.CreateTable;
import org.dbmigrate.operations.DropCheck;
import org.dbmigrate.operations.DropColumn;
import org.dbmigrate.operations.DropForeignKey;
import org.dbmigrate.operations.DropIndex;
import org.dbmigrate.operations.DropPrimaryKey;
import org.dbmigrate.operations.DropTable;
import org.dbmigrate.operations.DropUnique;
import org.dbmigrate.operations.Operation;
import org.dbmigrate.operations.ReferentialAction;
import org.dbmigrate.operations.SetColumnComment;
import org.dbmigrate.operations.SetTableComment;

/**
 * Expresses a list of changes as operations of the operations API (which spells them per
 * database), in an order the database accepts: foreign keys and other constraints are dropped
 * first, then tables (children before parents); tables are created parents first, then columns
 * are added, altered and dropped, constraints and indexes added, and foreign keys added last.
 */
public final class MigrationRenderer {

    private final Dialect dialect;
    private final boolean mysql;
    private final String engine;

    public MigrationRenderer(Dialect dialect) {
        this(dialect, null);
    }

    /** @param engine the storage engine of new tables on MySQL/MariaDB ({@code [autogenerate] mysql_engine}) */
    public MigrationRenderer(Dialect dialect, String engine) {
        this.dialect = dialect;
        this.mysql = dialect instanceof MySqlDialect;
        this.engine = mysql ? engine : null;
    }

    /** The operations' statements, in order. */
    public List<String> render(List<SchemaChange> changes, SchemaSnapshot current) {
        List<String> sql = new ArrayList<>();
        operations(changes, current).forEach(op -> sql.addAll(op.sql(dialect)));
        return List.copyOf(sql);
    }

    /**
     * @param changes what turns {@code current} into the wanted schema
     * @param current the schema the operations run against (to know a table's indexes when dropping keys)
     */
    public List<Operation> operations(List<SchemaChange> changes, SchemaSnapshot current) {
        List<Operation> out = new ArrayList<>();
        List<Table> creates = new ArrayList<>();
        List<Table> drops = new ArrayList<>();
        for (SchemaChange c : changes) {
            if (c instanceof SchemaChange.CreateTable t) {
                creates.add(t.table());
            } else if (c instanceof SchemaChange.DropTable t) {
                drops.add(t.table());
            }
        }
        // 1. Keys that go, and keys between dropped tables in a cycle.
        for (SchemaChange c : changes) {
            if (c instanceof SchemaChange.DropForeignKey d) {
                out.addAll(dropForeignKey(d.table(), d.key(), current.table(d.table()).orElse(null)));
            }
        }
        List<Table> dropOrder = parentsFirst(drops);
        Collections.reverse(dropOrder);
        Set<String> droppedSoFar = new HashSet<>();
        List<Operation> dropTables = new ArrayList<>();
        for (Table table : dropOrder) {
            // Only a cycle leaves a table that still references this one: drop that key first.
            for (Table other : dropOrder) {
                if (!other.name().equals(table.name()) && !droppedSoFar.contains(other.name())) {
                    for (ForeignKey fk : other.foreignKeys()) {
                        if (fk.referencedTable().equals(table.name())) {
                            out.addAll(dropForeignKey(other.name(), fk, other));
                        }
                    }
                }
            }
            dropTables.add(new DropTable(table.name(), null));
            droppedSoFar.add(table.name());
        }
        // 2. Constraints and indexes that go.
        for (SchemaChange c : changes) {
            if (c instanceof SchemaChange.DropIndex d) {
                // A model's unnamed index or constraint (a downgrade's drop) has the name it was created with.
                out.add(new DropIndex(name(d.index().name(), "ix", d.table(), d.index().columns()), d.table(), null));
            } else if (c instanceof SchemaChange.DropUnique d) {
                out.add(new DropUnique(name(d.unique().name(), "uq", d.table(), d.unique().columns()), d.table(),
                        null));
            } else if (c instanceof SchemaChange.DropCheck d) {
                out.add(new DropCheck(d.check().name(), d.table(), null));
            } else if (c instanceof SchemaChange.DropPrimaryKey d) {
                out.add(new DropPrimaryKey(d.key().name(), d.table(), null));
            }
        }
        // 3. Tables that go, children first.
        out.addAll(dropTables);
        // 4. New tables, parents first, with their keys, checks and indexes; their foreign keys at the end.
        List<Operation> newKeys = new ArrayList<>();
        for (Table table : parentsFirst(creates)) {
            out.addAll(createTable(table));
            table.foreignKeys().forEach(fk -> newKeys.add(addForeignKey(table.name(), fk)));
        }
        // 5. Columns: added, altered, dropped.
        for (SchemaChange c : changes) {
            if (c instanceof SchemaChange.AddColumn a) {
                out.add(new AddColumn(a.table(), OperationTypes.column(a.column(), dialect, false)));
            }
        }
        for (SchemaChange c : changes) {
            if (c instanceof SchemaChange.AlterColumn a) {
                out.addAll(alterColumn(a));
            }
        }
        for (SchemaChange c : changes) {
            if (c instanceof SchemaChange.DropColumn d) {
                out.add(new DropColumn(d.table(), d.column().name(),
                        OperationTypes.column(d.column(), dialect, false)));
            }
        }
        // 6. Constraints and indexes that come; foreign keys last.
        for (SchemaChange c : changes) {
            if (c instanceof SchemaChange.AddPrimaryKey a) {
                out.add(new AddPrimaryKey(a.key().name(), a.table(), a.key().columns()));
            } else if (c instanceof SchemaChange.AddUnique a) {
                out.add(addUnique(a.table(), a.unique()));
            } else if (c instanceof SchemaChange.AddIndex a) {
                out.add(createIndex(a.table(), a.index()));
            } else if (c instanceof SchemaChange.AddCheck a) {
                out.add(new AddCheck(a.check().name(), a.table(), a.check().expression()));
            }
        }
        for (SchemaChange c : changes) {
            if (c instanceof SchemaChange.AddForeignKey a) {
                out.add(addForeignKey(a.table(), a.key()));
            }
        }
        out.addAll(newKeys);
        for (SchemaChange c : changes) {
            if (c instanceof SchemaChange.ChangeTableComment t) {
                out.add(new SetTableComment(t.table(), t.to(), t.from()));
            }
        }
        return List.copyOf(out);
    }

    /**
     * CREATE TABLE, then its named primary key, unique constraints, checks and indexes. An unnamed
     * primary key (and MySQL's, always named PRIMARY) goes inside CREATE TABLE, where an
     * AUTO_INCREMENT column needs it.
     */
    private List<Operation> createTable(Table table) {
        PrimaryKey key = table.primaryKey();
        boolean inline = key != null && (key.name() == null || mysql);
        List<Column> ordered = table.columns();
        if (inline && !ordered.stream().map(Column::name).filter(key.columns()::contains).toList().equals(key.columns())) {
            // an inline key takes its columns' order: put them first, in the key's order
            ordered = new ArrayList<>();
            for (String k : key.columns()) {
                table.column(k).ifPresent(ordered::add);
            }
            table.columns().stream().filter(c -> !key.columns().contains(c.name())).forEach(ordered::add);
        }
        // two classes named Column: the operations' one, beside this package's model column
        List<org.dbmigrate.operations.Column> columns = ordered.stream()
                .map(c -> OperationTypes.column(c, dialect, inline && key.columns().contains(c.name()))).toList();
        List<Operation> ops = new ArrayList<>();
        ops.add(new CreateTable(table.name(), columns, table.comment(), engine));
        if (key != null && !inline) {
            ops.add(new AddPrimaryKey(key.name(), table.name(), key.columns()));
        }
        table.uniques().forEach(u -> ops.add(addUnique(table.name(), u)));
        table.checks().forEach(c -> ops.add(new AddCheck(c.name(), table.name(), c.expression())));
        table.indexes().forEach(i -> ops.add(createIndex(table.name(), i)));
        return ops;
    }

    private List<Operation> alterColumn(SchemaChange.AlterColumn change) {
        Column from = change.from();
        Column to = change.to();
        List<Operation> ops = new ArrayList<>();
        if (change.typeChanged() || change.nullableChanged() || change.defaultChanged()) {
            AlterColumn alter = AlterColumn.of(change.table(), to.name())
                    .existingType(OperationTypes.of(from.type(), dialect)).existingNullable(from.nullable());
            if (from.defaultValue() != null) {
                alter = alter.existingDefaultSql(from.defaultValue());
            }
            if (from.comment() != null) {
                alter = alter.existingComment(from.comment());
            }
            if (change.typeChanged()) {
                alter = alter.type(OperationTypes.of(to.type(), dialect));
            }
            if (change.nullableChanged()) {
                alter = alter.nullable(to.nullable());
            }
            if (change.defaultChanged()) {
                alter = to.defaultValue() == null ? alter.dropDefault() : alter.defaultSql(to.defaultValue());
            }
            ops.add(alter);
        }
        if (change.commentChanged()) {
            ops.add(new SetColumnComment(change.table(), to.name(), to.comment(), from.comment(),
                    OperationTypes.column(to, dialect, false)));
        }
        return ops;
    }

    private Operation addUnique(String table, UniqueConstraint unique) {
        return new AddUnique(name(unique.name(), "uq", table, unique.columns()), table, unique.columns());
    }

    private Operation createIndex(String table, Index index) {
        return new CreateIndex(name(index.name(), "ix", table, index.columns()), table, index.columns(),
                index.unique());
    }

    private Operation addForeignKey(String table, ForeignKey key) {
        return new AddForeignKey(name(key.name(), "fk", table, key.columns()), table, key.columns(),
                key.referencedTable(), key.referencedColumns(), action(key.onDelete()), action(key.onUpdate()));
    }

    /** NO ACTION is the default: left unsaid, as a user would write it. */
    private static ReferentialAction action(String rule) {
        return rule.equals("NO ACTION") ? null : ReferentialAction.valueOf(rule.replace(' ', '_'));
    }

    /**
     * MySQL keeps the index it made for a foreign key when the key is dropped: drop it too. It made
     * one when no index, unique key or primary key of the table starts with the key's columns.
     */
    private List<Operation> dropForeignKey(String table, ForeignKey key, Table owner) {
        List<Operation> ops = new ArrayList<>();
        String name = name(key.name(), "fk", table, key.columns());
        ops.add(new DropForeignKey(name, table, null));
        if (mysql && (key.implicitIndex() || (owner != null && !covered(owner, key.columns())))) {
            ops.add(new DropIndex(name, table, null));
        }
        return ops;
    }

    private static boolean covered(Table table, List<String> columns) {
        List<List<String>> keys = new ArrayList<>();
        if (table.primaryKey() != null) {
            keys.add(table.primaryKey().columns());
        }
        table.uniques().forEach(u -> keys.add(u.columns()));
        table.indexes().forEach(i -> keys.add(i.columns()));
        return keys.stream().anyMatch(k -> k.size() >= columns.size() && k.subList(0, columns.size()).equals(columns));
    }

    /** The model's name, or {@code fk_orders_customer_id} when it leaves naming to the database. */
    static String name(String name, String prefix, String table, List<String> columns) {
        if (name != null) {
            return name;
        }
        String made = prefix + "_" + table + "_" + String.join("_", columns);
        return made.length() <= 60 ? made : made.substring(0, 51) + "_" + Integer.toHexString(made.hashCode());
    }

    /**
     * The tables ordered so a table comes after those it references (among the given ones); tables
     * in a cycle keep their name order.
     */
    static List<Table> parentsFirst(List<Table> tables) {
        Map<String, Table> byName = new LinkedHashMap<>();
        tables.stream().sorted(Comparator.comparing(Table::name)).forEach(t -> byName.put(t.name(), t));
        List<Table> ordered = new ArrayList<>();
        Set<String> done = new HashSet<>();
        Set<String> visiting = new HashSet<>();
        for (Table table : byName.values()) {
            visit(table, byName, done, visiting, ordered);
        }
        return ordered;
    }

    private static void visit(Table table, Map<String, Table> byName, Set<String> done, Set<String> visiting,
            List<Table> ordered) {
        if (done.contains(table.name()) || !visiting.add(table.name())) {
            return;
        }
        for (ForeignKey fk : table.foreignKeys()) {
            Table parent = byName.get(fk.referencedTable());
            if (parent != null && !parent.name().equals(table.name())) {
                visit(parent, byName, done, visiting, ordered);
            }
        }
        visiting.remove(table.name());
        done.add(table.name());
        ordered.add(table);
    }
}
