package org.dbmigrate.command;

import org.dbmigrate.internal.command.CommandContext;
import static org.dbmigrate.operations.Operations.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dbmigrate.config.MigrateConfig;
import org.dbmigrate.error.MigrationError;
import org.dbmigrate.internal.runtime.ConnectionSource;
import org.dbmigrate.internal.script.RevisionGenerator;
import org.dbmigrate.internal.script.RevisionScript;
import org.dbmigrate.internal.script.RevisionTemplate;
import org.dbmigrate.internal.script.ScriptDirectory;
import org.dbmigrate.internal.script.TestConfigs;
import org.dbmigrate.operations.Migration;
import org.dbmigrate.operations.Operation;
import org.dbmigrate.operations.OperationSink;
import org.dbmigrate.operations.Operations;
import org.dbmigrate.operations.ReferentialAction;
import org.dbmigrate.operations.Reversal;
import org.dbmigrate.runtime.MigrationListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 7: {@code revision} writes Java stubs from script.java.vm, and operations write themselves as Java. */
class JavaRevisionTemplateTest {

    @TempDir
    Path dir;

    CommandContext context(MigrateConfig config) {
        return new CommandContext(config, ConnectionSource.of(config), new MigrationListener() {
        }, RevisionCommandTest.CLOCK);
    }

    RevisionCommand.Result revision(MigrateConfig config, String message, String template) {
        return new RevisionCommand(context(config)).run(
                new RevisionCommand.Options(message, false, null, null, false, List.of(), List.of(), null, template));
    }

    @Test
    void templateJavaWritesAStubThatLoadsAndCompiles() throws Exception {
        revision(TestConfigs.at(dir), "Create accounts", null);
        RevisionCommand.Result result = revision(TestConfigs.at(dir), "Add users table", "java");
        Path file = dir.resolve("versions/002_add_users_table.java");
        assertEquals(file, result.file());
        assertEquals("""
                // Add users table
                //
                // Revision: 002
                // Revises: 001
                // Create Date: 2026-11-22 10:15:00

                import static org.dbmigrate.operations.Operations.*;

                import java.util.List;
                import java.util.Map;
                import org.dbmigrate.operations.*;

                class AddUsersTable implements Migration {

                    @Override
                    public void upgrade(Operations op) throws Exception {
                        // op.createTable("users", col("id", integer()).primaryKey(), col("name", varchar(50)).notNull());
                    }

                    // Without a downgrade method the downgrade runs the inverses of upgrade's operations, last first.
                    // Write one when an operation has no inverse (raw SQL, inserted rows, a drop without its definition).
                }
                """, Files.readString(file));
        ScriptDirectory directory = ScriptDirectory.load(TestConfigs.at(dir));
        assertEquals(List.of("002"), directory.graph().heads());
        RevisionScript script = directory.script("002");
        assertEquals(List.of(), Reversal.record(script.java().orElseThrow().migration()));
    }

    // issue 7: [migrate] template = java makes Java the default
    @Test
    void configTemplateJavaIsTheDefault() {
        MigrateConfig config = TestConfigs.at(dir).toBuilder().template("java").build();
        assertTrue(revision(config, "Base", null).file().toString().endsWith("001_base.java"));
        assertTrue(revision(config, "Then sql", "sql").file().toString().endsWith("002_then_sql.sql"));
    }

    // issue 7: a project's script.java.vm wins over the built-in one
    @Test
    void projectJavaTemplateWins() throws Exception {
        Files.writeString(dir.resolve("script.java.vm"), """
                // ${message} (house style)
                //
                // Revision: ${id}
                // Revises: ${down_revision}

                class ${className} implements org.dbmigrate.operations.Migration {
                    public void upgrade(org.dbmigrate.operations.Operations op) {
                    }
                }
                """);
        Path file = revision(TestConfigs.at(dir), "Mine", "java").file();
        assertTrue(Files.readString(file).startsWith("// Mine (house style)\n"), Files.readString(file));
    }

    @Test
    void unknownTemplateIsRefused() {
        MigrationError error = assertThrows(MigrationError.class, () -> revision(TestConfigs.at(dir), "x", "kotlin"));
        assertEquals("unknown revision template 'kotlin'; use 'sql' (script.sql.vm) or 'java' (script.java.vm)",
                error.getMessage());
    }

    // autogenerate with the Java template writes operations calls (AbstractAutogenerateTest.javaRevisionFromTheDifference);
    // without a model it stops before writing anything
    @Test
    void autogenerateWithTheJavaTemplateNeedsAModel() {
        MigrationError error = assertThrows(MigrationError.class, () -> new RevisionCommand(context(TestConfigs.at(dir)))
                .run(new RevisionCommand.Options("x", true, null, null, false, List.of(), List.of(), null, "java")));
        assertTrue(error.getMessage().startsWith("no model to compare with"), error.getMessage());
    }

    // issue 7 / autogenerate: every operation written as Java compiles back to the same operation
    @Test
    void operationsWrittenAsJavaCompileBackToThemselves() throws Exception {
        List<Operation> made = new ArrayList<>();
        Operations op = new Operations(new OperationSink() {
            @Override
            public void apply(Operation operation) {
                made.add(operation);
            }

            @Override
            public Connection connection() {
                throw new AssertionError("not used");
            }
        });
        op.createTable("users", col("id", integer()).primaryKey().autoIncrement(), col("name", varchar(50)).notNull()
                .defaultValue("it's \"x\"\n").comment("name"), col("p", decimal(10, 2)).unique(),
                col("at", timestamp()).defaultSql("CURRENT_TIMESTAMP"), col("b", bool()).defaultValue(true),
                col("t", text()), col("d", date()), col("bl", blob()), col("j", json()), col("u", uuid()),
                col("big", bigint()).defaultValue(5L), col("r", rawType("INTERVAL")));
        op.createTable(table("t2", col("id", integer())).comment("c"));
        op.dropTable("old");
        op.dropTable(table("old2", col("id", integer()).primaryKey()));
        op.renameTable("a", "b");
        op.addColumn("users", col("email", varchar(255)));
        op.dropColumn("users", "email");
        op.dropColumn("users", col("email", varchar(255)).notNull());
        op.alterColumn("users", "name", c -> c.type(text()).nullable(false).defaultValue(1).rename("n")
                .existingType(varchar(50)).existingNullable(true).existingDefaultSql("'x'").existingComment("c"));
        op.alterColumn("users", "name", c -> c.dropDefault());
        op.createIndex("ix", "users", "a", "b");
        op.createUniqueIndex("ux", "users", "a");
        op.dropIndex("ix", "users");
        op.dropIndex("ix", "users", "a");
        op.dropUniqueIndex("ux", "users", "a");
        op.addPrimaryKey("pk", "users", "id");
        op.addPrimaryKey(null, "users", "id");
        op.dropPrimaryKey("pk", "users");
        op.dropPrimaryKey(null, "users", "id");
        op.addUnique("uq", "users", "a", "b");
        op.dropUnique("uq", "users");
        op.dropUnique("uq", "users", "a");
        op.addForeignKey("fk", "orders", "user_id", "users", "id");
        op.addForeignKey(foreignKey("fk2", "orders", List.of("a", "b"), "users", List.of("x", "y"))
                .onDelete(ReferentialAction.SET_NULL).onUpdate(ReferentialAction.CASCADE));
        op.dropForeignKey("fk", "orders");
        op.dropForeignKey(foreignKey("fk", "orders", List.of("a"), "users", List.of("x")));
        op.addCheck("ck", "users", "a > 0");
        op.dropCheck("ck", "users");
        op.dropCheck("ck", "users", "a > 0");
        op.setTableComment("users", "c");
        op.setTableComment("users", null, "old");
        op.setColumnComment("users", "name", "c");
        op.setColumnComment("users", col("name", varchar(5)).comment("old"), "new");
        op.bulkInsert("users", List.of("a", "b"), row(1, "x"), row(null, 2L));
        op.execute("SELECT 1");
        op.execute(null, Map.of("h2", "SELECT 2", "mysql", "SELECT 3"));

        RevisionGenerator.generate(ScriptDirectory.load(TestConfigs.at(dir)),
                new RevisionGenerator.Request("Everything", null, null, false, null, null, null,
                        Reversal.javaSource(made, "        "), "", RevisionTemplate.Language.JAVA),
                RevisionCommandTest.CLOCK, new SecureRandom());
        Migration compiled = ScriptDirectory.load(TestConfigs.at(dir)).script("001").java().orElseThrow().migration();
        assertEquals(made, Reversal.record(compiled));
    }
}
