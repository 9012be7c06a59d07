package org.dbmigrate.internal.autogenerate;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One difference between the database and the model, as the change that removes it. The
 * {@link #describe()} lines are what {@code check} prints, one per difference.
 */
public sealed interface SchemaChange {

    /** The lines {@code check} prints for this change (an altered column may differ in several ways). */
    List<String> describe();

    record CreateTable(Table table) implements SchemaChange {
        @Override
        public List<String> describe() {
            return List.of("add table " + table.name());
        }
    }

    record DropTable(Table table) implements SchemaChange {
        @Override
        public List<String> describe() {
            return List.of("remove table " + table.name());
        }
    }

    record AddColumn(String table, Column column) implements SchemaChange {
        @Override
        public List<String> describe() {
            return List.of("add column " + table + "." + column.name() + " " + column.type()
                    + (column.nullable() ? "" : " NOT NULL"));
        }
    }

    record DropColumn(String table, Column column) implements SchemaChange {
        @Override
        public List<String> describe() {
            return List.of("remove column " + table + "." + column.name());
        }
    }

    /** {@code to} is the column as wanted; only the compared aspects that differ are described. */
    record AlterColumn(String table, Column from, Column to, boolean typeChanged, boolean nullableChanged,
            boolean defaultChanged, boolean commentChanged) implements SchemaChange {
        @Override
        public List<String> describe() {
            String c = table + "." + to.name();
            List<String> lines = new ArrayList<>();
            if (typeChanged) {
                lines.add("modify type " + c + ": " + from.type() + " -> " + to.type());
            }
            if (nullableChanged) {
                lines.add("modify nullable " + c + ": " + nullability(from) + " -> " + nullability(to));
            }
            if (defaultChanged) {
                lines.add("modify default " + c + ": " + shown(from.defaultValue()) + " -> " + shown(to.defaultValue()));
            }
            if (commentChanged) {
                lines.add("modify comment " + c + ": " + shown(from.comment()) + " -> " + shown(to.comment()));
            }
            return lines;
        }

        private static String nullability(Column column) {
            return column.nullable() ? "NULL" : "NOT NULL";
        }
    }

    record AddPrimaryKey(String table, PrimaryKey key) implements SchemaChange {
        @Override
        public List<String> describe() {
            return List.of("add primary key on " + table + " (" + String.join(", ", key.columns()) + ")");
        }
    }

    record DropPrimaryKey(String table, PrimaryKey key) implements SchemaChange {
        @Override
        public List<String> describe() {
            return List.of("remove primary key on " + table + " (" + String.join(", ", key.columns()) + ")");
        }
    }

    record AddUnique(String table, UniqueConstraint unique) implements SchemaChange {
        @Override
        public List<String> describe() {
            return List.of("add unique constraint " + named(unique.name()) + "on " + table + " ("
                    + String.join(", ", unique.columns()) + ")");
        }
    }

    record DropUnique(String table, UniqueConstraint unique) implements SchemaChange {
        @Override
        public List<String> describe() {
            return List.of("remove unique constraint " + named(unique.name()) + "on " + table + " ("
                    + String.join(", ", unique.columns()) + ")");
        }
    }

    record AddIndex(String table, Index index) implements SchemaChange {
        @Override
        public List<String> describe() {
            return List.of("add " + (index.unique() ? "unique " : "") + "index " + named(index.name()) + "on " + table
                    + " (" + String.join(", ", index.columns()) + ")");
        }
    }

    record DropIndex(String table, Index index) implements SchemaChange {
        @Override
        public List<String> describe() {
            return List.of("remove index " + named(index.name()) + "on " + table + " ("
                    + String.join(", ", index.columns()) + ")");
        }
    }

    record AddForeignKey(String table, ForeignKey key) implements SchemaChange {
        @Override
        public List<String> describe() {
            return List.of("add foreign key " + named(key.name()) + "on " + table + " " + reference(key));
        }
    }

    record DropForeignKey(String table, ForeignKey key) implements SchemaChange {
        @Override
        public List<String> describe() {
            return List.of("remove foreign key " + named(key.name()) + "on " + table + " " + reference(key));
        }
    }

    record AddCheck(String table, CheckConstraint check) implements SchemaChange {
        @Override
        public List<String> describe() {
            return List.of("add check constraint " + check.name() + " on " + table + " (" + check.expression() + ")");
        }
    }

    record DropCheck(String table, CheckConstraint check) implements SchemaChange {
        @Override
        public List<String> describe() {
            return List.of("remove check constraint " + check.name() + " on " + table);
        }
    }

    record ChangeTableComment(String table, String from, String to) implements SchemaChange {
        @Override
        public List<String> describe() {
            return List.of("modify table comment " + table + ": " + shown(from) + " -> " + shown(to));
        }
    }

    private static String named(String name) {
        return name == null ? "" : name + " ";
    }

    private static String reference(ForeignKey key) {
        String rules = (Objects.equals(key.onDelete(), "NO ACTION") ? "" : " ON DELETE " + key.onDelete())
                + (Objects.equals(key.onUpdate(), "NO ACTION") ? "" : " ON UPDATE " + key.onUpdate());
        return "(" + String.join(", ", key.columns()) + ") -> " + key.referencedTable() + " ("
                + String.join(", ", key.referencedColumns()) + ")" + rules;
    }

    private static String shown(String value) {
        return value == null ? "none" : value;
    }
}
