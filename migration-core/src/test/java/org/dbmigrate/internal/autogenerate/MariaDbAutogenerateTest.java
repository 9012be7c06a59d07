package org.dbmigrate.internal.autogenerate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;
import org.dbmigrate.Migrator;
import org.dbmigrate.command.RevisionCommand;
import org.dbmigrate.command.SchemaDiffersError;
import org.dbmigrate.config.MigrateConfig;
import org.dbmigrate.internal.runtime.TestDatabase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("mariadb")
class MariaDbAutogenerateTest extends AbstractAutogenerateTest {

    @Override
    TestDatabase newDatabase(String what) throws Exception {
        return new TestDatabase.MariaDb(what);
    }

    @Override
    String tableComment(String table, String comment) {
        return "ALTER TABLE " + table + " COMMENT = '" + comment.replace("'", "''") + "';";
    }

    @Override
    String columnWithComment(String table, String column, String type, String comment) {
        return "CREATE TABLE a (id INT NOT NULL, " + column + " " + type + " COMMENT '" + comment + "',"
                + " CONSTRAINT pk_a PRIMARY KEY (id));";
    }

    @Override
    String[] sameSchemaSpelledTwice() {
        return new String[] {"CREATE TABLE t (id int(11) NOT NULL AUTO_INCREMENT PRIMARY KEY, n int(11) DEFAULT 0,"
                + " s varchar(20) DEFAULT 'x', ts datetime DEFAULT current_timestamp(), b tinyint(1) DEFAULT 1,"
                + " d decimal(8,2) DEFAULT -1.00);",
                "CREATE TABLE t (id INTEGER NOT NULL AUTO_INCREMENT, n INT DEFAULT '0', s VARCHAR(20) DEFAULT 'x',"
                + " ts DATETIME DEFAULT CURRENT_TIMESTAMP, b BOOLEAN DEFAULT TRUE, d DECIMAL(8,2) DEFAULT '-1.00',"
                + " PRIMARY KEY (id));"};
    }

    /** Issue 20 point 5: unsigned is another type, kept by the schema: source, so a key to it works. */
    @Test
    void unsignedIntegersDifferFromSignedAndSurviveTheSchemaFile() throws Exception {
        files.add("001", "", "Before", "CREATE TABLE p (id INT NOT NULL PRIMARY KEY);", null);
        MigrateConfig config = config("schema:" + schemaFile("CREATE TABLE p (id INT UNSIGNED NOT NULL PRIMARY KEY);\n"
                + "CREATE TABLE c (id INT NOT NULL PRIMARY KEY, p_id INT(10) UNSIGNED,"
                + " CONSTRAINT fk_c_p FOREIGN KEY (p_id) REFERENCES p (id));"));
        Migrator migrator = migrator(config);
        migrator.upgrade("head");
        SchemaDiffersError e = assertThrows(SchemaDiffersError.class, migrator::check);
        assertEquals(List.of("add table c", "modify type p.id: integer -> integer unsigned"), e.differences());
        migrator.revision(new RevisionCommand.Options("unsigned", true, null, null, false, List.of(), List.of(), null,
                null));
        migrator.upgrade("head");
        assertEquals(List.of("No new upgrade operations detected."), migrator.check().lines());
        assertEquals(List.of("int(10) unsigned"), db.query("SELECT column_type FROM information_schema.columns"
                + " WHERE table_schema = DATABASE() AND table_name = 'c' AND column_name = 'p_id'"));
    }

    /** Issue 20 point 8: new tables get the configured storage engine, InnoDB unless said otherwise. */
    @Test
    void createdTablesUseTheConfiguredEngine() throws Exception {
        files.add("001", "", "Before", A, null);
        MigrateConfig withB = config("schema:" + schemaFile(A + "\nCREATE TABLE b (id INT NOT NULL PRIMARY KEY);"));
        migrator(withB).upgrade("head");
        String text = Files.readString(migrator(withB).revision(new RevisionCommand.Options("b", true, null, null,
                false, List.of(), List.of(), null, null)).file());
        assertTrue(text.contains("CREATE TABLE b (id INTEGER NOT NULL, PRIMARY KEY (id)) ENGINE = InnoDB;"), text);
        migrator(withB).upgrade("head");

        MigrateConfig withC = config("schema:" + schemaFile(A + "\nCREATE TABLE b (id INT NOT NULL PRIMARY KEY);"
                + "\nCREATE TABLE c (id INT NOT NULL PRIMARY KEY);"));
        MigrateConfig aria = withC.toBuilder().autogenerate(withC.autogenerate().withMapping(
                new MigrateConfig.Mapping("hibernate", "Aria"))).build();
        migrator(aria).revision(new RevisionCommand.Options("c", true, null, null, false, List.of(), List.of(), null,
                null));
        migrator(aria).upgrade("head");
        assertEquals(List.of("b InnoDB", "c Aria"), db.query("SELECT CONCAT(table_name, ' ', engine)"
                + " FROM information_schema.tables WHERE table_schema = DATABASE() AND table_name IN ('b', 'c')"
                + " ORDER BY table_name"));
    }
}
