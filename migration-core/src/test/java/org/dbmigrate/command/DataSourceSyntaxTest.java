package org.dbmigrate.command;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.mysql.cj.jdbc.MysqlDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dbmigrate.Migrator;
import org.dbmigrate.config.MigrateConfig;
import org.dbmigrate.runtime.TestDatabase;
import org.dbmigrate.script.TestConfigs;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An application hands Migrator its own MariaDB DataSource and leaves the URL at the H2 default:
 * the statements must still be split by MySQL's rules (backslash escapes, # comments).
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
                "-- migrate:downgrade", "DROP TABLE notes;", ""));
        MigrateConfig config = TestConfigs.at(dir.resolve("migrations"));
        try (TestDatabase.MariaDb db = new TestDatabase.MariaDb("dssyntax")) {
            MysqlDataSource dataSource = new MysqlDataSource();
            dataSource.setUrl(db.url());
            dataSource.setUser(db.user());
            dataSource.setPassword(db.password());

            Migrator.create(config, dataSource).upgrade("head");

            assertEquals(List.of("it's; fine"), db.query("SELECT body FROM notes"));
            assertEquals(List.of("001"), db.versions());
        }
    }
}
