package org.dbmigrate.command;

import org.dbmigrate.internal.command.CommandContext;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dbmigrate.error.MigrationError;
import org.dbmigrate.internal.script.RevisionFiles;
import org.dbmigrate.internal.script.ScriptDirectory;
import org.dbmigrate.internal.script.TestConfigs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SPEC section 6: {@code merge heads -m MSG} writes a revision that revises every head. */
class MergeCommandTest {

    @TempDir
    Path dir;

    private MergeCommand.Result merge(List<String> revisions, String message, String revId) {
        return new MergeCommand(CommandContext.of(TestConfigs.at(dir)))
                .run(new MergeCommand.Options(revisions, message, revId, List.of()));
    }

    @Test
    void mergeHeadsJoinsTheBranchesAndUpdatesHead() throws IOException {
        RevisionFiles.write(dir, "001", "", "base");
        RevisionFiles.write(dir, "002", "001", "left");
        RevisionFiles.write(dir, "003", "001", "right");
        MergeCommand.Result result = merge(List.of("heads"), "Merge left and right", null);
        assertEquals("004", result.id());
        assertEquals(dir.resolve("versions/004_merge_left_and_right.sql"), result.file());
        assertEquals(List.of("Generating " + result.file().toAbsolutePath() + " ...  done"), result.lines());
        assertTrue(Files.readString(result.file()).contains("-- Revises: 002, 003\n"));
        assertEquals(List.of("004"), ScriptDirectory.load(TestConfigs.at(dir)).graph().heads());
        assertEquals("004\n", Files.readString(dir.resolve("versions/HEAD")));
    }

    @Test
    void mergeNamedRevisionsWithOwnId() throws IOException {
        RevisionFiles.write(dir, "001", "", "base");
        RevisionFiles.write(dir, "002", "001", "left");
        RevisionFiles.write(dir, "003", "001", "right");
        RevisionFiles.write(dir, "004", "", "other base");
        MergeCommand.Result result = merge(List.of("003", "002"), "pick two", "joined");
        assertTrue(Files.readString(result.file()).contains("-- Revises: 003, 002\n"));
        assertEquals(3 - 1, ScriptDirectory.load(TestConfigs.at(dir)).graph().heads().size());
    }

    @Test
    void nothingToMerge() {
        RevisionFiles.write(dir, "001", "", "base");
        MigrationError e = assertThrows(MigrationError.class, () -> merge(List.of("heads"), "m", null));
        assertEquals("nothing to merge: 'heads' names only 001; a merge joins two or more heads", e.getMessage());
    }

    @Test
    void onlyHeadsCanBeMerged() {
        RevisionFiles.write(dir, "001", "", "base");
        RevisionFiles.write(dir, "002", "001", "left");
        RevisionFiles.write(dir, "003", "", "other");
        MigrationError e = assertThrows(MigrationError.class, () -> merge(List.of("001", "003"), "m", null));
        assertTrue(e.getMessage().startsWith("Revision 001 is not a head revision"), e.getMessage());
    }
}
