package org.dbmigrate.internal.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dbmigrate.error.MigrationError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A broken migrations folder gives one line naming the file(s) involved and the fix. */
class ScriptDirectoryErrorsTest {

    @TempDir
    Path dir;

    private MigrationError loadFails() {
        return assertThrows(MigrationError.class, () -> ScriptDirectory.load(TestConfigs.at(dir)));
    }

    @Test
    void malformedFileIsNamedRelativeToTheScriptLocation() {
        RevisionFiles.write(dir, "001_a.sql", RevisionFiles.header("001", "", "a", "") + "\n-- migrate:upgrade\nSELECT 'x;\n");
        ScriptDirectory directory = ScriptDirectory.load(TestConfigs.at(dir));   // headers only: the graph is fine
        MigrationError e = assertThrows(MigrationError.class, () -> directory.script("001").upgrade());
        assertEquals("versions/001_a.sql:8: unterminated string ('...) starting here; close it with ' (write '' for a ' inside it)",
                e.getMessage());
    }

    @Test
    void sameIdInTwoFiles() {
        RevisionFiles.write(dir, "001", "", "first");
        RevisionFiles.write(dir, "001", "", "second");
        assertEquals("revision id '001' is used by two files, versions/001_first.sql and versions/001_second.sql;"
                + " give one of them a new id (file name and '-- Revision:')", loadFails().getMessage());
    }

    @Test
    void missingParent() {
        RevisionFiles.write(dir, "001", "", "first");
        RevisionFiles.write(dir, "003", "002", "third");
        assertEquals("versions/003_third.sql: '-- Revises: 002' names '002', but no revision file has that id;"
                + " correct the id or restore the missing file", loadFails().getMessage());
    }

    @Test
    void branchLabelInTwoFiles() {
        RevisionFiles.write(dir, "001_a.sql", RevisionFiles.header("001", "", "a", "-- Branch Labels: core\n")
                + "-- migrate:upgrade\n");
        RevisionFiles.write(dir, "002_b.sql", RevisionFiles.header("002", "", "b", "-- Branch Labels: core\n")
                + "-- migrate:upgrade\n");
        assertEquals("branch label 'core' is declared by two files, versions/001_a.sql and versions/002_b.sql;"
                + " remove it from one '-- Branch Labels:' line", loadFails().getMessage());
    }

    @Test
    void cycleNamesEveryFileOnIt() {
        RevisionFiles.write(dir, "001", "003", "a");
        RevisionFiles.write(dir, "002", "001", "b");
        RevisionFiles.write(dir, "003", "002", "c");
        String message = loadFails().getMessage();
        assertTrue(message.startsWith("the Revises: lines form a cycle "), message);
        assertTrue(message.contains("versions/001_a.sql") && message.contains("versions/002_b.sql")
                && message.contains("versions/003_c.sql"), message);
        assertTrue(message.endsWith("; make one of these revise an older revision"), message);
    }

    @Test
    void selfReferenceIsACycle() {
        RevisionFiles.write(dir, "001", "001", "a");
        assertEquals("the Revises: lines form a cycle 001 -> 001 (files versions/001_a.sql); "
                + "make one of these revise an older revision", loadFails().getMessage());
    }

    @Test
    void graphErrorsNameTheFilesOfTheRevisionsInvolved() {
        RevisionFiles.write(dir, "001_a.sql", RevisionFiles.header("001", "", "a", "-- Depends On: 002\n")
                + "-- migrate:upgrade\n");
        RevisionFiles.write(dir, "002", "001", "b");
        String message = loadFails().getMessage();
        assertTrue(message.contains("versions/001_a.sql") && message.contains("versions/002_b.sql"), message);
    }

    @Test
    void missingDependencyNamesTheFile() {
        RevisionFiles.write(dir, "001_a.sql", RevisionFiles.header("001", "", "a", "-- Depends On: nothere\n")
                + "-- migrate:upgrade\n");
        String message = loadFails().getMessage();
        assertTrue(message.contains("nothere") && message.endsWith("(versions/001_a.sql)"), message);
    }

    @Test
    void missingScriptLocation() {
        Path nowhere = dir.resolve("nowhere");
        MigrationError e = assertThrows(MigrationError.class, () -> ScriptDirectory.load(TestConfigs.at(nowhere)));
        assertTrue(e.getMessage().contains("is not a folder; fix script_location"), e.getMessage());
    }

    @Test
    void otherFilesAreIgnored() throws IOException {
        RevisionFiles.write(dir, "001", "", "a");
        RevisionFiles.write(dir, "HEAD", "001\n");
        RevisionFiles.write(dir, "README.txt", "not a revision");
        RevisionFiles.write(dir, ".#001_a.sql", "an editor's lock file");
        Files.createDirectories(dir.resolve("versions/sub.sql"));
        RevisionFiles.write(dir, "002_b.sql", "-- broken\n");
        // the only complaint is about the real broken .sql file
        assertTrue(loadFails().getMessage().startsWith("versions/002_b.sql:1: no '-- Revision:' header line"));
    }
}
