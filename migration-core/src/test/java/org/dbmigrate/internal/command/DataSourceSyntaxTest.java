package org.dbmigrate.internal.command;

import org.dbmigrate.command.DowngradeCommand;
import org.dbmigrate.command.PopulateCommand;
import org.dbmigrate.command.StampCommand;
import org.dbmigrate.command.UpgradeCommand;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mysql.cj.jdbc.MysqlDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dbmigrate.Migrator;
import org.dbmigrate.config.MigrateConfig;
import org.dbmigrate.internal.runtime.TestDatabase;
import org.dbmigrate.internal.script.TestConfigs;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An application hands Migrator its own MariaDB DataSource while the configured URL names another
 * database: every command must speak MySQL (split by MySQL's rules: backslash escapes, # comments;
 * offline scripts without BEGIN), because which database it is, is decided where the connection is made.
 */
@Tag("mariadb")
class DataSourceSyntaxTest {

    @TempDir
    Path dir;

    @Test
    void mysqlRulesComeFromTheDataSourceNotTheConfiguredUrl() throws Exception {
        Path versions = Files.createDirectories(dir.resolve("migrations/versions"));
        Files.writeString(versions.resolve("001_notes.sql"), String.join("\n",
                "-- Notes", "--", "-- Revision: 001", "-- Revises:", "", "-- migrate:upgrade",
                "CREATE TABLE notes (body VARCHAR(50)); # a MySQL comment; not a statement",
                "INSERT INTO notes VALUES ('it\\'s; fine');", "",
                "-- migrate:downgrade", "DROP TABLE notes; # gone; really", ""));
        MigrateConfig config = TestConfigs.at(dir.resolve("migrations"));
        try (TestDatabase.MariaDb db = new TestDatabase.MariaDb("dssyntax")) {
            Migrator.create(config, dataSource(db)).upgrade("head");

            assertEquals(List.of("it's; fine"), db.query("SELECT body FROM notes"));
            assertEquals(List.of("001"), db.versions());
        }
    }

    @Test
    void everyCommandSpeaksTheDataSourcesDatabase() throws Exception {
        Path migrations = dir.resolve("migrations");
        Path versions = Files.createDirectories(migrations.resolve("versions"));
        Files.writeString(versions.resolve("001_notes.sql"), String.join("\n",
                "-- Notes", "--", "-- Revision: 001", "-- Revises:", "", "-- migrate:upgrade",
                "CREATE TABLE notes (body VARCHAR(50)); # a MySQL comment; not a statement",
                "INSERT INTO notes VALUES ('it\\'s; fine');", "",
                "-- migrate:downgrade", "DROP TABLE notes; # gone; really", ""));
        Files.createDirectories(migrations.resolve("populate"));
        Files.writeString(migrations.resolve("populate/01_notes.sql"),
                "INSERT INTO notes VALUES ('populated\\'; yes'); # one statement\n");
        Files.writeString(dir.resolve("schema.sql"),
                "CREATE TABLE notes (body VARCHAR(50)); # the model; with a semicolon\n");
        MigrateConfig config = TestConfigs.at(migrations).toBuilder()
                .url("jdbc:postgresql://127.0.0.1:1/not_this_one")
                .autogenerate(MigrateConfig.Autogenerate.DEFAULTS.withModel("schema:" + dir.resolve("schema.sql")))
                .build();
        try (TestDatabase.MariaDb db = new TestDatabase.MariaDb("dsevery")) {
            Migrator migrator = Migrator.create(config, dataSource(db));

            StringBuilder sql = new StringBuilder();
            migrator.upgrade(new UpgradeCommand.Options("head", null, true, sql, false));
            assertFalse(sql.toString().contains("BEGIN;"), sql.toString());
            assertTrue(sql.toString().contains("INSERT INTO notes VALUES ('it\\'s; fine')//\n"), sql.toString());

            migrator.upgrade("head");
            migrator.check();
            migrator.populate(new PopulateCommand.Options(false));
            assertEquals(List.of("it's; fine", "populated'; yes"), db.query("SELECT body FROM notes ORDER BY body"));

            migrator.downgrade(new DowngradeCommand.Options("base", null, false, null));
            assertFalse(db.allTables().contains("notes"));
            assertEquals(List.of(), db.versions());

            migrator.stamp(new StampCommand.Options(List.of("001"), false, false, null));
            assertEquals(List.of("001"), db.versions());
        }
    }

    private static MysqlDataSource dataSource(TestDatabase.MariaDb db) {
        MysqlDataSource dataSource = new MysqlDataSource();
        dataSource.setUrl(db.url());
        dataSource.setUser(db.user());
        dataSource.setPassword(db.password());
        return dataSource;
    }
}
