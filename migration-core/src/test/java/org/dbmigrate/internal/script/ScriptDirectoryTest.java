package org.dbmigrate.internal.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dbmigrate.config.MigrateConfig;
import org.dbmigrate.error.MigrationError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SPEC section 2: the migrations folder, its revision files and versions/HEAD. */
class ScriptDirectoryTest {

    @TempDir
    Path dir;

    @Test
    void loadsEveryRevisionFileIntoTheGraph() {
        RevisionFiles.write(dir, "002", "001", "second");
        RevisionFiles.write(dir, "001", "", "first");
        ScriptDirectory directory = ScriptDirectory.load(TestConfigs.at(dir));
        assertEquals(List.of("001", "002"), directory.revisions().stream().map(r -> r.id()).toList());
        assertEquals(List.of("002"), directory.graph().heads());
        assertEquals(dir.resolve("versions/002_second.sql"), directory.script("002").file());
        assertEquals("second", directory.header("002").message());
        assertEquals(List.of("CREATE TABLE t002 (id INT)"),
                directory.script("002").upgrade().statements().stream().map(SqlStatement::sql).toList());
        assertEquals("no revision file has id '003'; run 'history' to see the revisions",
                assertThrows(MigrationError.class, () -> directory.script("003")).getMessage());
    }

    @Test
    void missingVersionsFolderMeansNoRevisionsYet() {
        ScriptDirectory directory = ScriptDirectory.load(TestConfigs.at(dir));
        assertTrue(directory.scripts().isEmpty());
        assertTrue(directory.graph().heads().isEmpty());
    }

    @Test
    void headFileReadAndWritten() throws IOException {
        ScriptDirectory directory = ScriptDirectory.load(TestConfigs.at(dir));
        assertEquals(dir.resolve("versions/HEAD"), directory.headFile());
        assertEquals(Optional.empty(), directory.readHead());
        directory.writeHead("007");
        assertEquals("007\n", Files.readString(dir.resolve("versions/HEAD")));
        Files.writeString(dir.resolve("versions/HEAD"), "  008\r\n");
        assertEquals(Optional.of("008"), directory.readHead());
    }

    @Test
    void severalVersionLocations() throws IOException {
        Path other = dir.resolve("other");
        RevisionFiles.write(dir, "001", "", "first");
        Files.createDirectories(other);
        Files.writeString(other.resolve("002_b.sql"), RevisionFiles.header("002", "001", "b", "") + "-- migrate:upgrade\n");
        MigrateConfig base = TestConfigs.at(dir);
        MigrateConfig config = new MigrateConfig(base.url(), base.user(), base.password(), dir,
                List.of(dir.resolve("versions"), other), base.versionTable(), base.historyTable(),
                base.revisionIdStyle(), true, true, true, base.lockTimeout(), Map.of());
        ScriptDirectory directory = ScriptDirectory.load(config);
        assertEquals(List.of("002"), directory.graph().heads());
        assertEquals("other/002_b.sql", directory.displayName(directory.script("002").file()));
    }

    @Test
    void filesOutsideTheScriptLocationAreShownInFull() {
        Path outside = dir.getParent().resolve("elsewhere.sql");
        assertEquals(outside.toString(), ScriptDirectory.displayName(TestConfigs.at(dir), outside));
    }

    @Test
    void mysqlUrlsSplitWithMysqlRules() {
        assertEquals(SqlSyntax.MYSQL, SqlSyntax.forUrl("jdbc:mysql://127.0.0.1:3306/test"));
        assertEquals(SqlSyntax.MYSQL, SqlSyntax.forUrl("jdbc:mariadb://h/db"));
        assertEquals(SqlSyntax.STANDARD, SqlSyntax.forUrl("jdbc:postgresql://h/db"));
        assertEquals(SqlSyntax.STANDARD, SqlSyntax.forUrl("jdbc:h2:mem:x"));
        assertEquals(SqlSyntax.STANDARD, SqlSyntax.forUrl(null));
    }

    @Test
    void updateHeadFileWritesTheSingleHead() throws IOException {
        RevisionFiles.write(dir, "001", "", "first");
        ScriptDirectory directory = ScriptDirectory.load(TestConfigs.at(dir));
        assertEquals(Optional.empty(), directory.updateHeadFile());
        assertEquals("001\n", Files.readString(dir.resolve("versions/HEAD")));
        RevisionFiles.write(dir, "002", "", "second base");
        Optional<String> warning = ScriptDirectory.load(TestConfigs.at(dir)).updateHeadFile();
        assertTrue(warning.isPresent());
        assertEquals("001\n", Files.readString(dir.resolve("versions/HEAD")));
        assertFalse(warning.get().isEmpty());
    }
}
