package org.dbmigrate.internal.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dbmigrate.error.MigrationError;
import org.dbmigrate.operations.Migration;
import org.dbmigrate.operations.Operations;
import org.dbmigrate.operations.RenameTable;
import org.dbmigrate.operations.Reversal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 7: compiling Java revisions with javax.tools into a content-hash cache. */
class JavaRevisionCompilerTest {

    @TempDir
    Path cache;

    JavaRevisionCompiler compiler() {
        return new JavaRevisionCompiler(cache);
    }

    static String header(String id) {
        return "// Rename\n//\n// Revision: " + id + "\n// Revises:\n\n";
    }

    Migration load(String source) {
        return compiler().load("versions/001_x.java", source, RevisionFileParser.checksum(source));
    }

    // the file name need not be the class name, and the class may be public
    @Test
    void anyClassNameAndAPackageCompile() throws Exception {
        Migration migration = load(header("001") + """
                package com.example.db;

                public class SomethingElse implements org.dbmigrate.operations.Migration {
                    public void upgrade(org.dbmigrate.operations.Operations op) {
                        op.renameTable("a", "b");
                    }
                }
                """);
        assertEquals("com.example.db.SomethingElse", migration.getClass().getName());
        assertEquals(List.of(new RenameTable("a", "b")), Reversal.record(migration));
    }

    @Test
    void theCacheFolderHoldsTheClassesAndTheirName() throws Exception {
        String source = header("001") + "class A implements org.dbmigrate.operations.Migration {\n"
                + "    public void upgrade(org.dbmigrate.operations.Operations op) { }\n}\n";
        load(source);
        Path folder = cache.resolve(RevisionFileParser.checksum(source));
        assertEquals(List.of("A", JavaRevisionCompiler.fingerprint()), Files.readAllLines(folder.resolve("migration-class")));
        assertTrue(Files.isRegularFile(folder.resolve("A.class")));
        try (var entries = Files.list(cache)) {
            assertEquals(List.of(folder), entries.toList(), "no temporary folder left behind");
        }
    }

    // classes compiled for another engine or Java version are compiled again
    @Test
    void classesOfAnotherEngineVersionAreRecompiled() throws Exception {
        String source = header("001") + "class A implements org.dbmigrate.operations.Migration {\n"
                + "    public void upgrade(org.dbmigrate.operations.Operations op) { }\n}\n";
        load(source);
        Path marker = cache.resolve(RevisionFileParser.checksum(source)).resolve("migration-class");
        Files.writeString(marker, "A\ndbmigrate 0.0.1, java 11\n");
        load(source);
        assertEquals(List.of("A", JavaRevisionCompiler.fingerprint()), Files.readAllLines(marker));
    }

    // a development build or a snapshot keeps its version while its API changes: the fingerprint names the build
    @Test
    void classesOfAnotherBuildOfTheSameVersionAreRecompiled() throws Exception {
        String source = header("001") + "class A implements org.dbmigrate.operations.Migration {\n"
                + "    public void upgrade(org.dbmigrate.operations.Operations op) { }\n}\n";
        load(source);
        Path marker = cache.resolve(RevisionFileParser.checksum(source)).resolve("migration-class");
        String engineClasses = Path.of(Operations.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        assertTrue(JavaRevisionCompiler.fingerprint().contains(engineClasses), JavaRevisionCompiler.fingerprint());
        Files.writeString(marker, "A\ndbmigrate dev, java " + Runtime.version().feature() + "\n");
        load(source);
        assertEquals(List.of("A", JavaRevisionCompiler.fingerprint()), Files.readAllLines(marker));
    }

    // a JRE has no compiler: one line says a JDK is needed
    @Test
    void withoutAJdkCompilerTheMessageSaysSo() {
        JavaRevisionCompiler jre = new JavaRevisionCompiler(cache, () -> null);
        String source = header("001") + "class A { }\n";
        MigrationError thrown = assertThrows(MigrationError.class,
                () -> jre.load("versions/001_x.java", source, RevisionFileParser.checksum(source)));
        assertEquals("versions/001_x.java: Java revisions are compiled by the JDK, and this Java ("
                + System.getProperty("java.home") + ") has no compiler; run with a JDK 17 or newer", thrown.getMessage());
    }

    @Test
    void noMigrationClassIsOneLine() {
        ScriptFileError error = assertThrows(ScriptFileError.class, () -> load(header("001") + "class A { }\n"));
        assertEquals("versions/001_x.java: no class implements org.dbmigrate.operations.Migration; declare exactly one:"
                + " class Upgrade implements Migration { public void upgrade(Operations op) {...} }", error.getMessage());
        assertFalse(Files.exists(cache.resolve(RevisionFileParser.checksum(header("001") + "class A { }\n"))));
    }

    @Test
    void twoMigrationClassesAreRefused() {
        String two = header("001") + """
                class A implements org.dbmigrate.operations.Migration {
                    public void upgrade(org.dbmigrate.operations.Operations op) { }
                }
                class B implements org.dbmigrate.operations.Migration {
                    public void upgrade(org.dbmigrate.operations.Operations op) { }
                }
                """;
        assertTrue(assertThrows(ScriptFileError.class, () -> load(two)).getMessage()
                .startsWith("versions/001_x.java: several classes implement Migration (A, B); "));
    }

    @Test
    void compileErrorNamesLineAndMessage() {
        ScriptFileError error = assertThrows(ScriptFileError.class, () -> load(header("001") + """
                class A implements org.dbmigrate.operations.Migration {
                    public void upgrade(org.dbmigrate.operations.Operations op) {
                        op.noSuchOperation();
                    }
                }
                """));
        assertEquals("versions/001_x.java", error.file());
        assertEquals(8, error.line());
        assertTrue(error.getMessage().startsWith("versions/001_x.java:8: cannot compile: cannot find symbol"),
                error.getMessage());
    }

    // a graph of Java revisions loads from headers alone: a broken one stops nothing until it runs
    @Test
    void parsingReadsTheHeaderAndCompilesNothing() {
        RevisionFileParser.Parsed parsed = RevisionFileParser.parseJava(Path.of("versions/002_broken.java"),
                "versions/002_broken.java", "// Broken\n//\n// Revision: 002\n// Revises: 001\n"
                        + "// Branch Labels: feature\n// Depends On: 000\n\nclass { not java\n", compiler());
        assertEquals("002", parsed.script().revision().id());
        assertEquals(List.of("001"), parsed.script().revision().parents());
        assertEquals("Broken", parsed.script().revision().message());
        assertTrue(parsed.script().isJava());
        assertEquals(0, cache.toFile().list().length, "nothing compiled");
    }

    @Test
    void javaHeaderErrorsSpeakOfSlashComments() {
        ScriptFileError error = assertThrows(ScriptFileError.class, () -> RevisionFileParser.parseJava(
                Path.of("versions/003_x.java"), "versions/003_x.java", "// Message\n// Revises: 002\n", compiler()));
        assertEquals("versions/003_x.java:1: no '// Revision:' header line; start the file with the header the template"
                + " writes: '// Revision: 002' and '// Revises: 001' (empty for a first revision)", error.getMessage());
        ScriptFileError name = assertThrows(ScriptFileError.class, () -> RevisionFileParser.parseJava(
                Path.of("versions/004_x.java"), "versions/004_x.java", "// M\n// Revision: 005\n// Revises:\n",
                compiler()));
        assertEquals("versions/004_x.java: the file name does not start with its id '005' (from '// Revision:');"
                + " rename the file to 005_<slug>.java or correct the '// Revision:' line", name.getMessage());
    }
}
