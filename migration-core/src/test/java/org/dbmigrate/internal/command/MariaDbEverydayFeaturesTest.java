package org.dbmigrate.internal.command;

import org.dbmigrate.command.DowngradeCommand;
import org.dbmigrate.command.UpgradeCommand;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.dbmigrate.Migrator;
import org.dbmigrate.config.MigrateConfig;
import org.dbmigrate.internal.runtime.TestDatabase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("mariadb")
class MariaDbEverydayFeaturesTest extends AbstractEverydayFeaturesTest {

    @Override
    TestDatabase newDatabase(String what) throws Exception {
        return new TestDatabase.MariaDb(what);
    }

    @Override
    String extraObjects() {
        return "CREATE SEQUENCE thing_ids;\nCREATE FUNCTION one() RETURNS INT DETERMINISTIC RETURN 1;";
    }

    @Override
    void dropOutside(String schema) throws Exception {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + schema);
        }
    }

    /** MariaDB Connector/J's own prefix, end to end: upgrade, offline, downgrade. */
    @Test
    void mariadbPrefixWorksEndToEnd() throws Exception {
        files.add("001", "", "Notes", "CREATE TABLE notes (body VARCHAR(40)); # MySQL comment; here\n"
                + "INSERT INTO notes VALUES ('a\\'b; c');", "DROP TABLE notes;");
        String url = db.url().replace("jdbc:mysql:", "jdbc:mariadb:").replaceFirst("\\?.*$", "");
        MigrateConfig config = config().toBuilder().url(url).build();
        StringBuilder sql = new StringBuilder();
        Migrator.create(config).upgrade(new UpgradeCommand.Options("head", null, true, sql, false));
        assertFalse(sql.toString().contains("BEGIN;"), sql.toString());
        Migrator.create(config).upgrade("head");
        assertEquals(List.of("a'b; c"), db.query("SELECT body FROM notes"));
        Migrator.create(config).downgrade(new DowngradeCommand.Options("base", null, false, null));
        assertEquals(List.of(), db.versions());
    }
}
