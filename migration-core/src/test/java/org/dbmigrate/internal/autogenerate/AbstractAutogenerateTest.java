package org.dbmigrate.internal.autogenerate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.dbmigrate.Migrator;
import org.dbmigrate.command.DatabaseNotAtHeadError;
import org.dbmigrate.command.DowngradeCommand;
import org.dbmigrate.command.RevisionCommand;
import org.dbmigrate.command.SchemaDiffersError;
import org.dbmigrate.config.MigrateConfig;
import org.dbmigrate.internal.command.CommandContext;
import org.dbmigrate.internal.dialect.Dialects;
import org.dbmigrate.internal.runtime.RevisionFiles;
import org.dbmigrate.internal.runtime.RuntimeTestConfig;
import org.dbmigrate.internal.runtime.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 6 end to end: for each kind of change, a database at head (revision 001 holds the "before"
 * schema), a schema.sql model holding the "after" schema; autogenerate, upgrade, then check passes;
 * downgrade gives back exactly the earlier snapshot. One thin subclass per database (STYLE 12).
 */
abstract class AbstractAutogenerateTest {

    @TempDir
    Path dir;

    TestDatabase db;
    RevisionFiles files;

    abstract TestDatabase newDatabase(String what) throws Exception;

    /** How this database sets a table comment inside a schema file: standard SQL's COMMENT ON unless overridden. */
    String tableComment(String table, String comment) {
        return "COMMENT ON TABLE " + table + " IS '" + comment.replace("'", "''") + "';";
    }

    /** A table with a commented column: standard SQL's separate COMMENT ON unless overridden (MySQL's inline COMMENT). */
    String columnWithComment(String table, String column, String type, String comment) {
        return "CREATE TABLE a (id INT NOT NULL, " + column + " " + type + ", CONSTRAINT pk_a PRIMARY KEY (id));\n"
                + "COMMENT ON COLUMN " + table + "." + column + " IS '" + comment + "';";
    }

    /**
     * One schema in two spellings (this database's aliases, display widths, casts, quoted numbers):
     * {@code [0]} is applied by a revision, {@code [1]} is the model.
     */
    abstract String[] sameSchemaSpelledTwice();

    @BeforeEach
    void setUp() throws Exception {
        db = newDatabase("autogen");
        files = new RevisionFiles(dir);
    }

    @AfterEach
    void tearDown() throws Exception {
        db.close();
    }

    MigrateConfig config(String model) {
        MigrateConfig base = RuntimeTestConfig.of(db, dir);
        return base.toBuilder().autogenerate(new MigrateConfig.Autogenerate(model, List.of(), List.of(), List.of(),
                true, true)).build();
    }

    Migrator migrator(MigrateConfig config) {
        return Migrator.create(new CommandContext(config, db.connections(), null, null));
    }

    Path schemaFile(String sql) throws Exception {
        return Files.writeString(dir.resolve("schema.sql"), sql);
    }

    SchemaSnapshot snapshot(MigrateConfig config) throws Exception {
        try (Connection c = db.connect()) {
            SchemaSnapshot all = Introspector.forDialect(Dialects.of(c.getMetaData())).read(c);
            return all.filter(new ComparisonOptions(List.of(), List.of(), ComparisonOptions.engineTables(config),
                    true, true, false).tableFilter());
        }
    }

    /**
     * Runs one scenario and returns the generated file's text: 001 creates {@code before}, the model
     * is {@code after}; check fails first, autogenerate + upgrade make it pass, downgrade restores.
     */
    String scenario(String before, String after) throws Exception {
        return scenario(before, after, null);
    }

    /** @param template {@code java} for a Java revision against the operations API */
    String scenario(String before, String after, String template) throws Exception {
        files.add("001", "", "Before", before, null);
        MigrateConfig config = config("schema:" + schemaFile(after));
        Migrator migrator = migrator(config);
        migrator.upgrade("head");
        SchemaSnapshot earlier = snapshot(config);

        SchemaDiffersError differs = assertThrows(SchemaDiffersError.class, migrator::check);
        assertFalse(differs.differences().isEmpty());

        RevisionCommand.Result written = migrator.revision(new RevisionCommand.Options("change", true, null, null,
                false, List.of(), List.of(), null, template));
        String text = Files.readString(written.file());
        migrator.upgrade("head");
        assertEquals(List.of("No new upgrade operations detected."), migrator.check().lines(), text);

        migrator.downgrade(new DowngradeCommand.Options("-1", null, false, null));
        assertEquals(earlier, snapshot(config), text);
        return text;
    }

    static final String A = "CREATE TABLE a (id INT NOT NULL, name VARCHAR(50), CONSTRAINT pk_a PRIMARY KEY (id));";

    @Test
    void newTableWithForeignKeyToAnExistingOne() throws Exception {
        String text = scenario(A, A + "\nCREATE TABLE b (id BIGINT NOT NULL PRIMARY KEY, a_id INT NOT NULL,"
                + " amount DECIMAL(10,2), CONSTRAINT fk_b_a FOREIGN KEY (a_id) REFERENCES a (id) ON DELETE CASCADE);");
        assertTrue(text.contains("CREATE TABLE b ("), text);
    }

    @Test
    void javaRevisionFromTheDifference() throws Exception {
        String text = scenario(A, "CREATE TABLE a (id INT NOT NULL, name VARCHAR(80) NOT NULL, CONSTRAINT pk_a PRIMARY KEY (id));"
                + "\nCREATE TABLE b (id BIGINT NOT NULL PRIMARY KEY, a_id INT NOT NULL, note VARCHAR(20) DEFAULT 'x',"
                + " CONSTRAINT fk_b_a FOREIGN KEY (a_id) REFERENCES a (id) ON DELETE CASCADE);"
                + "\nCREATE INDEX ix_b_note ON b (note);", "java");
        assertTrue(text.contains("public void upgrade(Operations op)"), text);
        assertTrue(text.contains("op.createTable("), text);
    }

    @Test
    void droppedTable() throws Exception {
        String text = scenario(A + "\nCREATE TABLE gone (id INT NOT NULL PRIMARY KEY, note VARCHAR(10));", A);
        assertTrue(text.contains("DROP TABLE gone"), text);
    }

    @Test
    void parentAndChildCreatedTogetherParentFirst() throws Exception {
        String text = scenario(A, A + "\nCREATE TABLE zparent (id INT NOT NULL PRIMARY KEY);"
                + "\nCREATE TABLE achild (id INT NOT NULL PRIMARY KEY, p_id INT,"
                + " CONSTRAINT fk_child_parent FOREIGN KEY (p_id) REFERENCES zparent (id));");
        String upgrade = text.substring(0, text.indexOf("-- migrate:downgrade"));
        String downgrade = text.substring(text.indexOf("-- migrate:downgrade"));
        // the child comes first by name on purpose: the order must come from the key, not the name
        assertTrue(upgrade.indexOf("CREATE TABLE zparent") < upgrade.indexOf("CREATE TABLE achild"), text);
        assertTrue(downgrade.indexOf("DROP TABLE achild") < downgrade.indexOf("DROP TABLE zparent"), text);
    }

    @Test
    void addedColumn() throws Exception {
        scenario(A, "CREATE TABLE a (id INT NOT NULL, name VARCHAR(50), email VARCHAR(120) NOT NULL DEFAULT 'none',"
                + " CONSTRAINT pk_a PRIMARY KEY (id));");
    }

    @Test
    void droppedColumnNamesTheLikelyRename() throws Exception {
        String text = scenario(A, "CREATE TABLE a (id INT NOT NULL, title VARCHAR(50), CONSTRAINT pk_a PRIMARY KEY (id));");
        assertTrue(text.contains("-- Possible rename: column a.name is dropped and title added"), text);
    }

    @Test
    void typeChange() throws Exception {
        String text = scenario(A, "CREATE TABLE a (id INT NOT NULL, name VARCHAR(100), CONSTRAINT pk_a PRIMARY KEY (id));");
        assertTrue(text.contains("100"), text);
    }

    @Test
    void nullability() throws Exception {
        scenario(A, "CREATE TABLE a (id INT NOT NULL, name VARCHAR(50) NOT NULL, CONSTRAINT pk_a PRIMARY KEY (id));");
    }

    @Test
    void serverDefault() throws Exception {
        scenario("CREATE TABLE a (id INT NOT NULL PRIMARY KEY, qty INT DEFAULT 0, status VARCHAR(10) DEFAULT 'new');",
                "CREATE TABLE a (id INT NOT NULL PRIMARY KEY, qty INT DEFAULT 5, status VARCHAR(10),"
                        + " flag BOOLEAN DEFAULT TRUE);");
    }

    @Test
    void indexOnForeignKeyColumnsThatTheKeyReuses() throws Exception {
        // Created before the key, the index serves it (H2, MySQL); it stays the user's index.
        scenario(A, A + "\nCREATE TABLE w (id INT NOT NULL PRIMARY KEY, owner_id INT NOT NULL,"
                + " CONSTRAINT fk_w_owner FOREIGN KEY (owner_id) REFERENCES a (id));"
                + "\nCREATE INDEX ix_w_owner ON w (owner_id);");
    }

    @Test
    void index() throws Exception {
        scenario(A, A + "\nCREATE INDEX ix_a_name ON a (name, id);");
    }

    @Test
    void uniqueConstraint() throws Exception {
        scenario(A, "CREATE TABLE a (id INT NOT NULL, name VARCHAR(50), CONSTRAINT pk_a PRIMARY KEY (id),"
                + " CONSTRAINT uq_a_name UNIQUE (name));");
    }

    @Test
    void foreignKeyAddedToExistingTables() throws Exception {
        String b = "\nCREATE TABLE b (id INT NOT NULL PRIMARY KEY, a_id INT);";
        scenario(A + b, A + b + "\nALTER TABLE b ADD CONSTRAINT fk_b_a FOREIGN KEY (a_id) REFERENCES a (id)"
                + " ON DELETE SET NULL;");
    }

    @Test
    void checkConstraint() throws Exception {
        scenario(A, "CREATE TABLE a (id INT NOT NULL, name VARCHAR(50), CONSTRAINT pk_a PRIMARY KEY (id),"
                + " CONSTRAINT ck_a_id CHECK (id > 0));");
    }

    @Test
    void comments() throws Exception {
        scenario(A, columnWithComment("a", "name", "VARCHAR(50)", "shown name") + "\n"
                + tableComment("a", "people's things"));
    }

    @Test
    void cleanDatabasePassesCheckAndAutogeneratesNothing() throws Exception {
        files.add("001", "", "Before", A, null);
        MigrateConfig config = config("schema:" + schemaFile(A));
        Migrator migrator = migrator(config);
        migrator.upgrade("head");
        assertEquals(List.of("No new upgrade operations detected."), migrator.check().lines());
        // As Alembic writes "pass": an empty revision still parses and runs.
        RevisionCommand.Result empty = migrator.revision(new RevisionCommand.Options("nothing", true, null, null,
                false, List.of(), List.of(), null, null));
        assertTrue(Files.readString(empty.file()).contains("-- migrate:upgrade\n-- No changes detected."));
        migrator.upgrade("head");
        assertEquals(List.of("002"), db.versions());
    }

    @Test
    void spellingsOfOneSchemaCompareEqual() throws Exception {
        String[] spellings = sameSchemaSpelledTwice();
        files.add("001", "", "Before", spellings[0], null);
        MigrateConfig config = config("schema:" + schemaFile(spellings[1]));
        migrator(config).upgrade("head");
        assertEquals(List.of("No new upgrade operations detected."), migrator(config).check().lines());
    }

    @Test
    void excludedTablesAreNotCompared() throws Exception {
        files.add("001", "", "Before", A + "\nCREATE TABLE tmp_scratch (id INT);", null);
        MigrateConfig base = config("schema:" + schemaFile(A));
        MigrateConfig config = base.toBuilder().autogenerate(new MigrateConfig.Autogenerate(
                base.autogenerate().model(), List.of(), List.of(), List.of("TMP_*"), true, true)).build();
        migrator(config).upgrade("head");
        assertEquals(List.of("No new upgrade operations detected."), migrator(config).check().lines());
        assertThrows(SchemaDiffersError.class, () -> migrator(config("schema:" + dir.resolve("schema.sql"))).check());
    }

    @Test
    void databaseNotAtHeadIsRefusedNamingCurrentAndHead() throws Exception {
        files.add("001", "", "One", A, null);
        files.add("002", "001", "Two", "CREATE TABLE two (id INT);", null);
        MigrateConfig config = config("schema:" + schemaFile(A));
        migrator(config).upgrade("001");
        DatabaseNotAtHeadError e = assertThrows(DatabaseNotAtHeadError.class, () -> migrator(config).revision(
                new RevisionCommand.Options("x", true, null, null, false, List.of(), List.of(), null, null)));
        assertEquals("Target database is not up to date: it is at 001 but head is 002; run 'upgrade head' first,"
                + " then autogenerate", e.getMessage());
        assertThrows(DatabaseNotAtHeadError.class, () -> migrator(config).check());
    }

    @Test
    void checkListsOneDifferencePerLine() throws Exception {
        SchemaDiffersError e = checkFailsAgainst(config("schema:" + schemaFile("CREATE TABLE a (id INT NOT NULL,"
                + " name VARCHAR(80), CONSTRAINT pk_a PRIMARY KEY (id));\nCREATE TABLE c (id INT NOT NULL PRIMARY KEY);")));
        assertEquals(List.of("modify type a.name: varchar(50) -> varchar(80)", "add table c"), e.differences());
        assertTrue(e.getMessage().endsWith("\n  modify type a.name: varchar(50) -> varchar(80)\n  add table c"),
                e.getMessage());
    }

    @Test
    void anotherLiveDatabaseAsTheModel() throws Exception {
        try (TestDatabase other = newDatabase("autogen_model")) {
            try (Connection c = other.connect(); Statement s = c.createStatement()) {
                s.execute("CREATE TABLE a (id INT NOT NULL, name VARCHAR(50), extra INT, CONSTRAINT pk_a PRIMARY KEY (id))");
            }
            files.add("001", "", "Before", A, null);
            MigrateConfig config = config("url:" + other.url());
            migrator(config).upgrade("head");
            SchemaDiffersError e = assertThrows(SchemaDiffersError.class, () -> migrator(config).check());
            assertEquals(List.of("add column a.extra integer"), e.differences());
        }
    }

    @Test
    void jpaEntitiesAutogenerateAndThenCheckPasses() throws Exception {
        files.add("001", "", "Before", A, null);
        MigrateConfig config = config("jpa:org.dbmigrate.internal.autogenerate.jpa");
        Migrator migrator = migrator(config);
        migrator.upgrade("head");
        SchemaSnapshot earlier = snapshot(config);
        RevisionCommand.Result written = migrator.revision(new RevisionCommand.Options("entities", true, null, null,
                false, List.of(), List.of(), null, null));
        String text = Files.readString(written.file());
        assertTrue(text.contains("CREATE TABLE customer"), text);
        assertTrue(text.contains("DROP TABLE a"), text);
        migrator.upgrade("head");
        assertEquals(List.of("No new upgrade operations detected."), migrator.check().lines(), text);
        migrator.downgrade(new DowngradeCommand.Options("-1", null, false, null));
        assertEquals(earlier, snapshot(config), text);
    }

    /** Issue 20 point 7: a NOT NULL column without a default on an existing table is warned about, in the file too. */
    @Test
    void notNullColumnWithoutDefaultIsWarnedAbout() throws Exception {
        MigrateConfig config = config("schema:" + schemaFile("CREATE TABLE a (id INT NOT NULL, name VARCHAR(50),"
                + " extra INT NOT NULL, CONSTRAINT pk_a PRIMARY KEY (id));"));
        assertEquals(List.of("add column a.extra integer NOT NULL"), checkFailsAgainst(config).differences());
        RevisionCommand.Result written = migrator(config).revision(new RevisionCommand.Options("extra", true, null,
                null, false, List.of(), List.of(), null, null));
        String text = Files.readString(written.file());
        assertTrue(text.contains("-- WARNING: column a.extra is added NOT NULL without a default: the upgrade fails on"
                + " PostgreSQL and H2 when a has rows"), text);
    }

    /** 001 creates {@link #A} and is applied; then check, which must fail, against the model of {@code config}. */
    private SchemaDiffersError checkFailsAgainst(MigrateConfig config) throws Exception {
        files.add("001", "", "Before", A, null);
        migrator(config).upgrade("head");
        return assertThrows(SchemaDiffersError.class, () -> migrator(config).check());
    }
}
