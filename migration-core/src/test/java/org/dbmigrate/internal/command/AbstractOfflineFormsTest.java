package org.dbmigrate.internal.command;

import org.dbmigrate.command.UpgradeCommand;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dbmigrate.Migrator;
import org.dbmigrate.config.MigrateConfig;
import org.dbmigrate.internal.runtime.RevisionFiles;
import org.dbmigrate.internal.runtime.RuntimeTestConfig;
import org.dbmigrate.internal.runtime.TestDatabase;
import org.dbmigrate.runtime.MigrationListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13, SPEC 8: every statement form the splitter accepts online comes out of {@code --sql} as
 * a script the database's own client (psql, mysql, H2 RunScript) runs to the same schema and rows:
 * a delimiter alone on the line after a {@code --} comment, comments holding delimiters, nested
 * comments, dollar-quoted bodies, custom delimiters. One thin subclass per database.
 */
abstract class AbstractOfflineFormsTest {

    @TempDir
    Path dir;

    abstract TestDatabase newDatabase(String what) throws Exception;

    /** The upgrade section: each form inserts a row into {@code forms(id, note)} or creates an object. */
    abstract String forms();

    /** What proves every form ran: rows of {@code forms} and results of created routines. */
    abstract String check();

    @Test
    void offlineScriptOfEveryFormRunsInTheRealClientAsOnline() throws Exception {
        RevisionFiles files = new RevisionFiles(dir);
        files.add("001", "", "Forms", forms(), null);
        files.add("002", "001", "After", "INSERT INTO forms VALUES (100, 'after');", null);
        try (TestDatabase offline = newDatabase("offforms"); TestDatabase online = newDatabase("onforms")) {
            StringBuilder sql = new StringBuilder();
            migrator(offline).upgrade(new UpgradeCommand.Options("head", null, true, sql, false));
            Path script = dir.resolve("upgrade.sql");
            Files.writeString(script, sql);
            offline.runScript(script);
            migrator(online).upgrade(new UpgradeCommand.Options("head", null, false, null, false));
            assertEquals(online.query(check()), offline.query(check()), "rows; the script was:\n" + sql);
            assertEquals(online.schema(), offline.schema());
            assertEquals(List.of("002"), offline.versions());
        }
    }

    private Migrator migrator(TestDatabase db) {
        MigrateConfig config = RuntimeTestConfig.of(db, dir);
        return Migrator.create(new CommandContext(config, db.connections(), new MigrationListener() {
        }, null));
    }
}
