package org.dbmigrate.internal.autogenerate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The comparison's knobs and matching rules on inline snapshots (issue 6), no database. */
class SchemaComparatorTest {

    static final Column ID = Column.of("id", ColumnType.of("integer"), false);

    static Table table(String name, Column... columns) {
        return new Table(name, List.of(columns), new PrimaryKey(null, List.of("id")), List.of(), List.of(), List.of(),
                List.of(), null);
    }

    static SchemaSnapshot schema(Table... tables) {
        return SchemaSnapshot.of(List.of(tables));
    }

    static List<String> lines(ComparisonOptions options, SchemaSnapshot from, SchemaSnapshot to) {
        List<String> lines = new ArrayList<>();
        new SchemaComparator(options).compare(from, to).forEach(c -> lines.addAll(c.describe()));
        return lines;
    }

    static ComparisonOptions options(List<String> include, List<String> exclude, boolean types, boolean defaults) {
        return new ComparisonOptions(include, exclude, Set.of("migrate_version", "migrate_history"), types, defaults,
                false);
    }

    @Test
    void engineTablesAreNeverCompared() {
        assertEquals(List.of(), lines(options(List.of(), List.of(), true, true),
                schema(table("migrate_version", ID), table("migrate_history", ID)), schema()));
    }

    @Test
    void includeAndExcludePatterns() {
        SchemaSnapshot model = schema(table("app_users", ID), table("app_tmp", ID), table("audit", ID));
        assertEquals(List.of("add table app_users"),
                lines(options(List.of("app_*"), List.of("*_tmp"), true, true), schema(), model));
    }

    @Test
    void typeAndDefaultComparisonCanBeSwitchedOff() {
        Column before = new Column("name", ColumnType.sized("varchar", 50), true, "'a'", false, null);
        Column after = new Column("name", ColumnType.sized("varchar", 80), true, "'b'", false, null);
        SchemaSnapshot from = schema(table("t", ID, before));
        SchemaSnapshot to = schema(table("t", ID, after));
        assertEquals(List.of("modify type t.name: varchar(50) -> varchar(80)", "modify default t.name: 'a' -> 'b'"),
                lines(options(List.of(), List.of(), true, true), from, to));
        assertEquals(List.of(), lines(options(List.of(), List.of(), false, false), from, to));
    }

    @Test
    void foreignKeysMatchByWhatTheyConnectNotByName() {
        Column aId = Column.of("a_id", ColumnType.of("integer"), true);
        Table named = new Table("b", List.of(ID, aId), null, List.of(), List.of(),
                List.of(ForeignKey.of("fk_b_a_7f3e", List.of("a_id"), "a", List.of("id"))), List.of(), null);
        Table unnamed = new Table("b", List.of(ID, aId), null, List.of(), List.of(),
                List.of(ForeignKey.of(null, List.of("a_id"), "a", List.of("id"))), List.of(), null);
        assertEquals(List.of(), lines(options(List.of(), List.of(), true, true), schema(named), schema(unnamed)));
    }

    @Test
    void mysqlUniqueIndexIsTheUniqueConstraint() {
        Column code = Column.of("code", ColumnType.sized("varchar", 12), true);
        Table asIndex = new Table("t", List.of(ID, code), null, List.of(),
                List.of(new Index("uq_code", List.of("code"), true)), List.of(), List.of(), null);
        Table asConstraint = new Table("t", List.of(ID, code), null,
                List.of(new UniqueConstraint("uq_code", List.of("code"))), List.of(), List.of(), List.of(), null);
        ComparisonOptions mysql = new ComparisonOptions(List.of(), List.of(), Set.of(), true, true, true);
        assertEquals(List.of(), lines(mysql, schema(asConstraint), schema(asIndex)));
    }

    @Test
    void dropAndAddOfASimilarColumnNamesTheLikelyRename() {
        Column old = Column.of("nick", ColumnType.sized("varchar", 20), true);
        Column renamed = Column.of("nickname", ColumnType.sized("varchar", 20), true);
        List<SchemaChange> changes = new SchemaComparator(options(List.of(), List.of(), true, true))
                .compare(schema(table("u", ID, old)), schema(table("u", ID, renamed)));
        assertEquals(List.of("column u.nick is dropped and nickname added with the same type: if it is a rename,"
                + " replace both with ALTER TABLE u RENAME COLUMN nick TO nickname (the data stays)"),
                RenameHints.of(changes));
    }

    @Test
    void spellingsFoldToOneType() {
        assertEquals(ColumnType.of("integer"), TypeNames.parse("int4"));
        assertEquals(ColumnType.sized("varchar", 50), TypeNames.parse("character varying(50)"));
        assertEquals(ColumnType.decimal(10, 2), TypeNames.parse("numeric(10,2)"));
        assertEquals(ColumnType.of("timestamp"), TypeNames.parse("timestamp(3) without time zone"));
        assertEquals(ColumnType.of("timestamptz"), TypeNames.parse("timestamp with time zone"));
        assertEquals(ColumnType.of("text"), TypeNames.of("CHARACTER LARGE OBJECT", 1_000_000_000L, null, null));
    }

    @Test
    void defaultsFoldToOneSpelling() {
        ColumnType integer = ColumnType.of("integer");
        ColumnType bool = ColumnType.of("boolean");
        ColumnType text = ColumnType.sized("varchar", 10);
        assertEquals("5", Defaults.normalize("'5'::integer", integer));
        assertEquals("-1", Defaults.normalize("('-1')", integer));
        assertEquals("'a''b'", Defaults.normalize("'a''b'::character varying", text));
        assertEquals("true", Defaults.normalize("1", bool));
        assertEquals("current_timestamp", Defaults.normalize("current_timestamp()", ColumnType.of("timestamp")));
        assertEquals(null, Defaults.normalize("NULL", text));
    }
}
