package org.dbmigrate.operations;

import static org.dbmigrate.operations.Operations.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dbmigrate.error.MigrationError;
import org.dbmigrate.internal.dialect.DdlNotPossibleError;
import org.dbmigrate.internal.dialect.MySqlDialect;
import org.junit.jupiter.api.Test;

/** Issue 7 / STYLE 6: operations know their inverse where what they hold allows one. */
class OperationInverseTest {

    static final CreateTable USERS = table("users", col("id", integer()).primaryKey(), col("name", varchar(50)));

    @Test
    void createAndDropTable() {
        assertEquals(Optional.of(new DropTable("users", USERS)), USERS.inverse());
        assertEquals(Optional.of(USERS), new DropTable("users", USERS).inverse());
        assertEquals(Optional.empty(), new DropTable("users", null).inverse());
    }

    @Test
    void renameSwapsNames() {
        assertEquals(Optional.of(new RenameTable("b", "a")), new RenameTable("a", "b").inverse());
    }

    @Test
    void addAndDropColumn() {
        Column email = col("email", varchar(255)).notNull();
        assertEquals(Optional.of(new DropColumn("users", "email", email)), new AddColumn("users", email).inverse());
        assertEquals(Optional.of(new AddColumn("users", email)), new DropColumn("users", "email", email).inverse());
        assertEquals(Optional.empty(), new DropColumn("users", "email", null).inverse());
    }

    @Test
    void alterColumnSwapsNewAndExisting() {
        AlterColumn change = AlterColumn.of("users", "name").type(text()).nullable(false).defaultValue("x")
                .rename("full_name").existingType(varchar(50)).existingNullable(true);
        AlterColumn back = (AlterColumn) change.inverse().orElseThrow();
        assertEquals(AlterColumn.of("users", "full_name").type(varchar(50)).nullable(true).dropDefault()
                .rename("name").existingType(text()).existingNullable(false).existingDefaultValue("x"), back);
        assertEquals(Optional.of(change), back.inverse());
    }

    @Test
    void alterColumnWithoutExistingFactsHasNoInverse() {
        assertEquals(Optional.empty(), AlterColumn.of("users", "name").type(text()).inverse());
        assertEquals(Optional.empty(), AlterColumn.of("users", "name").nullable(true).inverse());
        assertEquals(Optional.of(AlterColumn.of("users", "n").rename("name")),
                AlterColumn.of("users", "name").rename("n").inverse());
    }

    @Test
    void indexesAndConstraints() {
        CreateIndex index = new CreateIndex("ix", "users", List.of("name"), true);
        assertEquals(Optional.of(new DropIndex("ix", "users", index)), index.inverse());
        assertEquals(Optional.empty(), new DropIndex("ix", "users", null).inverse());
        AddPrimaryKey pk = new AddPrimaryKey(null, "users", List.of("id"));
        assertEquals(Optional.of(new DropPrimaryKey(null, "users", pk)), pk.inverse());
        AddUnique unique = new AddUnique("uq", "users", List.of("a", "b"));
        assertEquals(Optional.of(new DropUnique("uq", "users", unique)), unique.inverse());
        AddForeignKey fk = foreignKey("fk", "orders", List.of("user_id"), "users", List.of("id"))
                .onDelete(ReferentialAction.CASCADE);
        assertEquals(Optional.of(new DropForeignKey("fk", "orders", fk)), fk.inverse());
        assertEquals(Optional.of(fk), new DropForeignKey("fk", "orders", fk).inverse());
        AddCheck check = new AddCheck("ck", "users", "id > 0");
        assertEquals(Optional.of(new DropCheck("ck", "users", check)), check.inverse());
        assertEquals(Optional.empty(), new DropCheck("ck", "users", null).inverse());
    }

    @Test
    void commentsRestoreTheExistingComment() {
        assertEquals(Optional.of(new SetTableComment("users", null, "people")),
                new SetTableComment("users", "people", null).inverse());
        Column name = col("name", varchar(50)).comment("old");
        assertEquals(Optional.of(new SetColumnComment("users", "name", "old", "new", name.comment("new"))),
                new SetColumnComment("users", "name", "new", "old", name).inverse());
    }

    @Test
    void dataAndRawSqlHaveNoInverse() {
        assertEquals(Optional.empty(), new BulkInsert("t", List.of("a"), List.of(row(1))).inverse());
        assertEquals(Optional.empty(), new ExecuteSql("DELETE FROM t", Map.of()).inverse());
        assertEquals(Optional.empty(), new DataMigration("fix", c -> { }).inverse());
    }

    // issue 7: a derived downgrade is the inverses, last first
    @Test
    void reversalInvertsInReverseOrder() throws Exception {
        Migration migration = op -> {
            op.createTable(USERS);
            op.addColumn("users", col("email", varchar(9)));
            op.renameTable("users", "people");
        };
        assertEquals(List.of(new RenameTable("people", "users"),
                new DropColumn("users", "email", col("email", varchar(9))), new DropTable("users", USERS)),
                Reversal.of(migration));
    }

    // issue 7: a drop without its definition gives a clear error when the downgrade is derived
    @Test
    void reversalNamesTheOperationWithoutInverse() {
        Migration migration = op -> op.dropTable("users");
        NoInverseError error = assertThrows(NoInverseError.class, () -> Reversal.of(migration));
        assertEquals("cannot derive the downgrade: drop table users has no inverse (its columns are not known; pass"
                + " the definition: op.dropTable(table(\"users\", col(...), ...))); or write downgrade(Operations op)",
                error.getMessage());
        Migration reads = op -> op.connection();
        assertEquals("cannot derive the downgrade: upgrade() reads data through op.connection(); write"
                + " downgrade(Operations op)", assertThrows(MigrationError.class, () -> Reversal.of(reads)).getMessage());
    }

    // MySQL restates the whole column: without the type it cannot change nullability or comment
    @Test
    void mysqlNeedsTheColumnsTypeToRestateIt() {
        DdlNotPossibleError nullability = assertThrows(DdlNotPossibleError.class,
                () -> AlterColumn.of("users", "name").nullable(false).sql(new MySqlDialect()));
        assertEquals("MySQL cannot change the nullability of users.name without its type: pass existingType(...) to"
                + " alterColumn", nullability.getMessage());
        DdlNotPossibleError comment = assertThrows(DdlNotPossibleError.class,
                () -> new SetColumnComment("users", "name", "x", null, null).sql(new MySqlDialect()));
        assertEquals("MySQL cannot change the comment of users.name without its definition: pass the column as it is"
                + " (existing column) to the comment operation", comment.getMessage());
    }

    @Test
    void perDialectSqlWithoutThisDialectOrDefaultIsAnError() {
        DdlNotPossibleError error = assertThrows(DdlNotPossibleError.class,
                () -> new ExecuteSql(null, Map.of("postgresql", "VACUUM")).sql(new MySqlDialect()));
        assertEquals("MySQL cannot run execute \"VACUUM\": it has SQL only for [postgresql]; add \"mysql\" or a default"
                + " statement", error.getMessage());
    }

    @Test
    void dataMigrationCannotBeWrittenAsSql() {
        NeedsConnectionError error = assertThrows(NeedsConnectionError.class,
                () -> new DataMigration("fix names", c -> { }).sql(new MySqlDialect()));
        assertEquals("data migration \"fix names\" needs a database connection, so it cannot be written as offline SQL"
                + " (--sql); run it online", error.getMessage());
    }
}
