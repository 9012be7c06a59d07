package org.dbmigrate.operations;

import static org.dbmigrate.operations.Operations.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.dbmigrate.internal.dialect.Dialect;
import org.dbmigrate.internal.dialect.Dialects;
import org.dbmigrate.internal.runtime.OnlineOperations;
import org.dbmigrate.internal.runtime.OperationError;
import org.dbmigrate.internal.runtime.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 7: every operation and portable type applied on a real database, read back through JDBC
 * metadata, and undone through the inverses. One thin subclass per database (STYLE 12).
 */
abstract class AbstractOperationsDatabaseTest {

    TestDatabase db;
    Connection connection;
    Dialect dialect;

    abstract TestDatabase newDatabase() throws Exception;

    /**
     * The TYPE_NAME JDBC metadata reports for each portable type (lower case), keyed by the
     * factory's name: integer, bigint, varchar, text, bool, decimal, date, timestamp, blob, json, uuid.
     */
    abstract Map<String, String> typeNames();

    /** The {@code items} and {@code people} tables as {@link SchemaReader} reads them after the schema operations. */
    List<String> expectedSchema() {
        Map<String, String> t = typeNames();
        return List.of("column body " + t.get("varchar"), "column born " + t.get("date"),
                "column data " + t.get("blob"), "column doc " + t.get("json"), "column flag " + t.get("bool"),
                "column id " + t.get("bigint") + " not null",
                "column name " + t.get("varchar") + " not null comment=what it is",
                "column owner_id " + t.get("integer"), "column price " + t.get("decimal"),
                "column quantity " + t.get("integer"), "column ref " + t.get("uuid"),
                "column seen_at " + t.get("timestamp"),
                "foreign key fk_items_owner owner_id -> people.id on delete 0", "index ix_items_born on born",
                "index uq_items_name unique on name", "index ux_items_ref unique on ref", "primary key [id]",
                "table items comment=things",
                "column bio " + t.get("text"), "column id " + t.get("integer") + " not null",
                "column name " + t.get("varchar") + " not null comment=display name", "primary key [id]",
                "table people comment=who owns things");
    }

    /** How the database folds unquoted names in its catalog. */
    String catalogName(String name) {
        return dialect.catalogCase(name);
    }

    @BeforeEach
    void open() throws Exception {
        db = newDatabase();
        connection = db.connect();
        dialect = Dialects.of(connection.getMetaData());
    }

    @AfterEach
    void close() throws Exception {
        connection.close();
        db.close();
    }

    /** Runs operations as a Java revision's upgrade would, recording them. */
    List<Operation> run(Consumer<Operations> revision) {
        List<Operation> recorded = new ArrayList<>();
        OnlineOperations online = new OnlineOperations(connection, dialect);
        revision.accept(new Operations(new OperationSink() {
            @Override
            public void apply(Operation operation) {
                recorded.add(operation);
                online.apply(operation);
            }

            @Override
            public Connection connection() {
                return online.connection();
            }
        }));
        return recorded;
    }

    static void schemaOperations(Operations op) {
        op.createTable(table("owners", col("id", integer()).primaryKey(), col("name", varchar(20)).notNull()));
        op.createTable(table("items",
                col("id", bigint()).primaryKey().autoIncrement(),
                col("qty", integer()).notNull().defaultValue(0),
                col("name", varchar(50)).notNull().comment("what it is"),
                col("body", text()),
                col("flag", bool()).defaultValue(true),
                col("price", decimal(10, 2)),
                col("born", date()),
                col("seen_at", timestamp()),
                col("data", blob()),
                col("doc", json()),
                col("ref", uuid())).comment("things"));
        op.addColumn("items", col("owner_id", integer()));
        op.addForeignKey(foreignKey("fk_items_owner", "items", List.of("owner_id"), "owners", List.of("id"))
                .onDelete(ReferentialAction.CASCADE));
        op.addUnique("uq_items_name", "items", "name");
        op.addCheck("ck_items_price", "items", "price >= 0");
        op.createIndex("ix_items_born", "items", "born");
        op.createUniqueIndex("ux_items_ref", "items", "ref");
        op.alterColumn("items", "body", c -> c.type(varchar(1000)).existingType(text()));
        op.alterColumn("items", "qty", c -> c.nullable(true).defaultValue(5)
                .existingType(integer()).existingNullable(false).existingDefaultValue(0));
        op.alterColumn("items", "qty", c -> c.rename("quantity"));
        op.renameTable("owners", "people");
        op.setTableComment("people", "who owns things");
        op.setColumnComment("people", col("name", varchar(20)).notNull(), "display name");
        op.addColumn("people", col("bio", text()).defaultValue("n/a"));
        op.createTable("tags", col("name", varchar(20)).notNull());
        op.addPrimaryKey("pk_tags", "tags", "name");
        op.addColumn("tags", col("gone", integer()));
        op.dropColumn("tags", col("gone", integer()));
    }

    // issue 7: a schema made with every operation and type reads back as written
    @Test
    void everyOperationAndTypeReadsBackThroughMetadata() throws Exception {
        run(AbstractOperationsDatabaseTest::schemaOperations);
        List<String> both = new ArrayList<>(SchemaReader.describe(connection, catalogName("items"), catalogName("items")));
        both.addAll(SchemaReader.describe(connection, catalogName("people"), catalogName("people")));
        assertEquals(expectedSchema(), both);
        assertEquals(List.of("column name " + typeNames().get("varchar") + " not null", "primary key [name]", "table tags"),
                SchemaReader.describe(connection, catalogName("tags"), catalogName("tags")));
    }

    // issue 7: the inverses, run last first, take the schema back to empty
    @Test
    void inversesUndoEveryOperation() throws Exception {
        List<Operation> upgrade = run(AbstractOperationsDatabaseTest::schemaOperations);
        List<Operation> downgrade = new ArrayList<>();
        for (Operation operation : upgrade) {
            downgrade.add(0, operation.inverse().orElseThrow());
        }
        run(op -> downgrade.forEach(op::apply));
        assertEquals(List.of(), tables());
    }

    // issue 7: inverses one at a time restore the table as it was before each operation
    @Test
    void eachInverseRestoresTheTableItChanged() throws Exception {
        run(AbstractOperationsDatabaseTest::schemaOperations);
        List<String> before = SchemaReader.describe(connection, catalogName("items"), catalogName("items"));
        List<Operation> changes = run(op -> {
            op.alterColumn("items", "quantity", c -> c.type(bigint()).notNull().defaultValue(7)
                    .existingType(integer()).existingNullable(true).existingDefaultValue(5));
            op.dropIndex("ix_items_born", "items", "born");
            op.dropUnique("uq_items_name", "items", "name");
            op.dropCheck("ck_items_price", "items", "price >= 0");
            op.dropForeignKey(foreignKey("fk_items_owner", "items", List.of("owner_id"), "people", List.of("id"))
                    .onDelete(ReferentialAction.CASCADE));
            op.setTableComment("items", null, "things");
        });
        assertTrue(!before.equals(SchemaReader.describe(connection, catalogName("items"), catalogName("items"))));
        List<Operation> undo = new ArrayList<>();
        changes.forEach(o -> undo.add(0, o.inverse().orElseThrow()));
        run(op -> undo.forEach(op::apply));
        assertEquals(before, SchemaReader.describe(connection, catalogName("items"), catalogName("items")));
    }

    // issue 7: a value of every portable type goes in by bulk insert and comes back equal
    @Test
    void dataOfEveryTypeRoundTrips() throws Exception {
        UUID ref = UUID.fromString("0b8f6a4e-3f0c-4c55-9a61-1f0f7d0a9c11");
        run(op -> {
            schemaOperations(op);
            op.bulkInsert("people", List.of("id", "name"), row(1, "ann"), row(2, "bob's"));
            op.bulkInsert("items", List.of("name", "body", "flag", "price", "born", "seen_at", "data", "doc", "ref",
                    "owner_id"),
                    row("lamp", "a\\b 'quoted'", false, new BigDecimal("12.50"), LocalDate.of(2026, 11, 22),
                            LocalDateTime.of(2026, 11, 22, 10, 15, 30, 123_456_000), new byte[] {0, 1, (byte) 0xff},
                            jsonValue("{\"a\": 1}"), ref, 1),
                    row("nulls", null, null, null, null, null, null, null, null, null));
            op.bulkInsert("items", List.of("name"), row("defaults"));
        });
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("SELECT quantity, name, body, flag, price, born, seen_at, data, doc, ref,"
                        + " owner_id, id FROM items ORDER BY name")) {
            assertTrue(rs.next());
            assertEquals("defaults", rs.getString("name"));
            assertEquals(5, rs.getInt("quantity"));
            assertEquals(true, rs.getBoolean("flag"), "default true");
            assertTrue(rs.next());
            assertEquals(5, rs.getInt("quantity"));
            assertEquals("lamp", rs.getString("name"));
            assertEquals("a\\b 'quoted'", rs.getString("body"));
            assertEquals(false, rs.getBoolean("flag"));
            assertEquals(new BigDecimal("12.50"), rs.getBigDecimal("price"));
            assertEquals(LocalDate.of(2026, 11, 22), rs.getObject("born", LocalDate.class));
            assertEquals(LocalDateTime.of(2026, 11, 22, 10, 15, 30, 123_456_000),
                    rs.getObject("seen_at", LocalDateTime.class));
            assertEquals(List.of((byte) 0, (byte) 1, (byte) 0xff), bytes(rs.getBytes("data")));
            assertEquals("{\"a\": 1}", normaliseJson(rs.getString("doc")));
            assertEquals(ref.toString(), rs.getString("ref"));
            assertEquals(1, rs.getInt("owner_id"));
            assertTrue(rs.getLong("id") > 0, "generated id");
            assertTrue(rs.next());
            assertEquals("nulls", rs.getString("name"));
            for (String column : List.of("body", "flag", "price", "born", "seen_at", "data", "doc", "ref", "owner_id")) {
                rs.getObject(column);
                assertTrue(rs.wasNull(), column);
            }
        }
        assertEquals(List.of("ann", "bob's"), db.query("SELECT name FROM people ORDER BY id"));
        assertEquals(List.of("n/a", "n/a"), db.query("SELECT bio FROM people ORDER BY id"), "a text column's default");
    }

    // issue 7: raw SQL per dialect picks this database's statement
    @Test
    void executePerDialectRunsThisDatabasesStatement() throws Exception {
        run(op -> {
            op.createTable("notes", col("what", varchar(20)));
            op.execute(null, Map.of("h2", "INSERT INTO notes VALUES ('h2')", "postgresql",
                    "INSERT INTO notes VALUES ('postgresql')", "mysql", "INSERT INTO notes VALUES ('mysql')"));
            op.execute("INSERT INTO notes VALUES ('default')", Map.of("oracle", "nothing"));
        });
        assertEquals(List.of(dialect.key(), "default"), db.query("SELECT what FROM notes ORDER BY what DESC"));
    }

    // issue 7: the data-migration hook and op.connection() see the revision's own connection
    @Test
    void dataMigrationReadsAndWritesThroughTheConnection() throws Exception {
        run(op -> {
            op.createTable("counts", col("n", integer()));
            op.bulkInsert("counts", List.of("n"), row(1), row(2));
            op.migrateData("double every n", c -> {
                try (Statement s = c.createStatement()) {
                    s.executeUpdate("UPDATE counts SET n = n * 2");
                }
            });
            try (Statement s = op.connection().createStatement()) {
                s.executeUpdate("INSERT INTO counts VALUES (10)");
            } catch (SQLException e) {
                throw new AssertionError(e);
            }
        });
        assertEquals(List.of("2", "4", "10"), db.query("SELECT n FROM counts ORDER BY n"));
    }

    // issue 7: MySQL restates a column to change it; without its type the change cannot be written
    @Test
    void failingStatementNamesTheOperation() {
        OnlineOperations online = new OnlineOperations(connection, dialect);
        var failure = assertThrows(OperationError.class,
                () -> new Operations(online).dropTable("missing_table"));
        assertTrue(failure.getMessage().startsWith("drop table missing_table failed: "), failure.getMessage());
    }

    List<String> tables() throws SQLException {
        List<String> names = new ArrayList<>();
        try (ResultSet rs = connection.getMetaData().getTables(connection.getCatalog(), connection.getSchema(), "%",
                new String[] {"TABLE"})) {
            while (rs.next()) {
                names.add(rs.getString("TABLE_NAME"));
            }
        }
        return names;
    }

    static List<Byte> bytes(byte[] data) {
        List<Byte> list = new ArrayList<>();
        for (byte b : data) {
            list.add(b);
        }
        return list;
    }

    /** PostgreSQL's JSONB and MySQL print JSON in their own spacing. */
    static String normaliseJson(String json) {
        return json.replace(" ", "").replace(":", ": ");
    }
}
