package org.dbmigrate.autogenerate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a list of changes into statements in an order the database accepts: foreign keys and
 * other constraints are dropped first, then tables (children before parents), then tables are
 * created (parents first; a key into a table created later is added at the end), columns added,
 * altered and dropped, constraints and indexes added, foreign keys added last.
 */
public final class MigrationRenderer {

    private final SqlRenderer sql;

    public MigrationRenderer(SqlRenderer sql) {
        this.sql = sql;
    }

    /**
     * @param changes what turns {@code current} into the wanted schema
     * @param current the schema the statements run against (to know a table's indexes when dropping keys)
     */
    public List<String> render(List<SchemaChange> changes, SchemaSnapshot current) {
        List<String> out = new ArrayList<>();
        List<SchemaChange.CreateTable> creates = new ArrayList<>();
        List<SchemaChange.DropTable> drops = new ArrayList<>();
        for (SchemaChange c : changes) {
            if (c instanceof SchemaChange.CreateTable t) {
                creates.add(t);
            } else if (c instanceof SchemaChange.DropTable t) {
                drops.add(t);
            }
        }

        // 1. Keys that go, and keys between tables that go (so the drops below need no order among a cycle).
        for (SchemaChange c : changes) {
            if (c instanceof SchemaChange.DropForeignKey d) {
                out.addAll(sql.dropForeignKey(d.table(), d.key(), current.table(d.table()).orElse(null)));
            }
        }
        List<Table> dropOrder = parentsFirst(drops.stream().map(SchemaChange.DropTable::table).toList());
        java.util.Collections.reverse(dropOrder);
        Set<String> droppedSoFar = new HashSet<>();
        List<String> dropStatements = new ArrayList<>();
        for (Table table : dropOrder) {
            // Only a cycle leaves a table that still references this one: drop that key first.
            for (Table other : dropOrder) {
                if (!other.name().equals(table.name()) && !droppedSoFar.contains(other.name())) {
                    for (ForeignKey fk : other.foreignKeys()) {
                        if (fk.referencedTable().equals(table.name())) {
                            out.addAll(sql.dropForeignKey(other.name(), fk, other));
                        }
                    }
                }
            }
            dropStatements.add(sql.dropTable(table.name()));
            droppedSoFar.add(table.name());
        }
        // 2. Constraints and indexes that go.
        for (SchemaChange c : changes) {
            if (c instanceof SchemaChange.DropIndex d) {
                out.add(sql.dropIndex(d.table(), d.index()));
            } else if (c instanceof SchemaChange.DropUnique d) {
                out.add(sql.dropUnique(d.table(), d.unique()));
            } else if (c instanceof SchemaChange.DropCheck d) {
                out.add(sql.dropCheck(d.table(), d.check()));
            } else if (c instanceof SchemaChange.DropPrimaryKey d) {
                out.add(sql.dropPrimaryKey(d.table(), d.key()));
            }
        }
        // 3. Tables that go, children first.
        out.addAll(dropStatements);
        // 4. New tables, parents first; a key into a table not created yet waits for the end.
        List<String> lateKeys = new ArrayList<>();
        Set<String> created = new HashSet<>();
        Set<String> creating = new HashSet<>();
        creates.forEach(t -> creating.add(t.table().name()));
        for (Table table : parentsFirst(creates.stream().map(SchemaChange.CreateTable::table).toList())) {
            List<ForeignKey> inline = new ArrayList<>();
            for (ForeignKey fk : table.foreignKeys()) {
                boolean ready = !creating.contains(fk.referencedTable()) || created.contains(fk.referencedTable())
                        || fk.referencedTable().equals(table.name());
                if (ready) {
                    inline.add(fk);
                } else {
                    lateKeys.add(sql.addForeignKey(table.name(), fk));
                }
            }
            out.addAll(sql.createTable(table, inline));
            created.add(table.name());
        }
        // 5. Columns: added, altered, dropped.
        for (SchemaChange c : changes) {
            if (c instanceof SchemaChange.AddColumn a) {
                out.addAll(sql.addColumn(a.table(), a.column()));
            }
        }
        for (SchemaChange c : changes) {
            if (c instanceof SchemaChange.AlterColumn a) {
                out.addAll(sql.alterColumn(a));
            }
        }
        for (SchemaChange c : changes) {
            if (c instanceof SchemaChange.DropColumn d) {
                out.add(sql.dropColumn(d.table(), d.column().name()));
            }
        }
        // 6. Constraints and indexes that come, foreign keys last.
        for (SchemaChange c : changes) {
            if (c instanceof SchemaChange.AddPrimaryKey a) {
                out.add(sql.addPrimaryKey(a.table(), a.key()));
            } else if (c instanceof SchemaChange.AddUnique a) {
                out.add(sql.addUnique(a.table(), a.unique()));
            } else if (c instanceof SchemaChange.AddIndex a) {
                out.add(sql.createIndex(a.table(), a.index()));
            } else if (c instanceof SchemaChange.AddCheck a) {
                out.add(sql.addCheck(a.table(), a.check()));
            }
        }
        for (SchemaChange c : changes) {
            if (c instanceof SchemaChange.AddForeignKey a) {
                out.add(sql.addForeignKey(a.table(), a.key()));
            }
        }
        out.addAll(lateKeys);
        for (SchemaChange c : changes) {
            if (c instanceof SchemaChange.ChangeTableComment t) {
                out.addAll(sql.tableComment(t.table(), t.to()));
            }
        }
        return List.copyOf(out);
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
