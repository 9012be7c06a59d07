package org.dbmigrate.command;

import org.dbmigrate.internal.command.CommandContext;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.dbmigrate.config.MigrateConfig;
import org.dbmigrate.error.MigrationError;
import org.dbmigrate.internal.script.RevisionFiles;
import org.dbmigrate.internal.script.TestConfigs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SPEC section 6: check_migration fails when the timeline branches or versions/HEAD is missing or stale. */
class CheckMigrationCommandTest {

    @TempDir
    Path dir;

    private List<String> check() {
        return new CheckMigrationCommand(CommandContext.of(TestConfigs.at(dir))).run(new CheckMigrationCommand.Options())
                .lines();
    }

    private String fails() {
        return assertThrows(MigrationError.class, this::check).getMessage();
    }

    @Test
    void singleHeadWithCurrentHeadFile() {
        RevisionFiles.write(dir, "001", "", "a");
        RevisionFiles.write(dir, "002", "001", "b");
        RevisionFiles.write(dir, "HEAD", "002\n");
        assertEquals(List.of("OK: single head 002, versions/HEAD is current"), check());
    }

    @Test
    void twoHeadsAreNamedWithTheirFiles() {
        RevisionFiles.write(dir, "001", "", "a");
        RevisionFiles.write(dir, "002", "001", "b");
        RevisionFiles.write(dir, "003", "001", "c");
        RevisionFiles.write(dir, "HEAD", "002\n");
        assertEquals("the revisions branch: 2 heads 002, 003 (versions/002_b.sql, versions/003_c.sql); join them with"
                + " 'merge heads -m <message>', or make one revise the other", fails());
    }

    @Test
    void missingHeadFile() {
        RevisionFiles.write(dir, "001", "", "a");
        assertEquals("versions/HEAD is missing; run 'revision' to create new revisions (it keeps the file), or write"
                + " the file with the single line 001", fails());
    }

    @Test
    void staleHeadFileNamesTheExpectedId() {
        // scenario: two developers each added a revision on 001; the second rebased onto 002 but kept HEAD
        RevisionFiles.write(dir, "001", "", "a");
        RevisionFiles.write(dir, "002", "001", "b");
        RevisionFiles.write(dir, "003", "002", "c");
        RevisionFiles.write(dir, "HEAD", "002\n");
        assertEquals("versions/HEAD names 002 but the head is 003; write 003 into versions/HEAD", fails());
    }

    @Test
    void noRevisionsYet() {
        RevisionFiles.write(dir, "README", "nothing yet");
        assertEquals(List.of("OK: no revisions yet"), check());
    }

    @Test
    void headFileCheckCanBeSwitchedOff() {
        RevisionFiles.write(dir, "001", "", "a");
        MigrateConfig base = TestConfigs.with(dir, MigrateConfig.RevisionIdStyle.SEQUENTIAL, true, Map.of());
        MigrateConfig noHeadFile = new MigrateConfig(base.url(), base.user(), base.password(), dir,
                base.versionLocations(), base.versionTable(), base.historyTable(), base.revisionIdStyle(), true, true,
                false, base.lockTimeout(), Map.of());
        assertEquals(List.of("OK: single head 001 (head_file = false, versions/HEAD not checked)"),
                new CheckMigrationCommand(CommandContext.of(noHeadFile)).run(new CheckMigrationCommand.Options()).lines());
    }
}
