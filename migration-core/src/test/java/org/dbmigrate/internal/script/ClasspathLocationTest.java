package org.dbmigrate.internal.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.dbmigrate.config.Location;
import org.dbmigrate.config.MigrateConfig;
import org.dbmigrate.error.MigrationError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SPEC section 2: {@code classpath:} locations read from exploded classes and jars, as from the folder. */
class ClasspathLocationTest {

    @TempDir
    Path dir;

    private Path classes() {
        Path migrations = dir.resolve("classes/db/migrations");
        RevisionFiles.write(migrations, "001", "", "first");
        RevisionFiles.write(migrations, "002", "001", "second");
        RevisionFiles.write(migrations, "HEAD", "002\n");
        return dir.resolve("classes");
    }

    private MigrateConfig onClasspath() {
        return TestConfigs.at(dir).toBuilder().scriptSource(Location.classpath("db/migrations"))
                .versionSources(List.of()).build();
    }

    private static <T> T with(ClassLoader loader, Supplier<T> action) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            return action.get();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static Map<String, String> checksums(ScriptDirectory directory) {
        Map<String, String> sums = new TreeMap<>();
        directory.scripts().forEach(s -> sums.put(s.revision().id(), s.checksum()));
        return sums;
    }

    @Test
    void explodedClassesReadAsTheFolderTheyCameFrom() throws IOException {
        Path classes = classes();
        ScriptDirectory fromFolder = ScriptDirectory.load(TestConfigs.at(classes.resolve("db/migrations")));
        try (URLClassLoader loader = TestJars.loader(classes)) {
            ScriptDirectory directory = with(loader, () -> ScriptDirectory.load(onClasspath()));
            assertEquals(List.of("002"), directory.graph().heads());
            assertEquals(checksums(fromFolder), checksums(directory));
            assertEquals(classes.resolve("db/migrations/versions/002_second.sql").toString(),
                    directory.displayName(directory.script("002").file()));
            assertEquals(Optional.of("002"), with(loader, directory::readHead));
            assertEquals("OK: single head 002, " + classes.resolve("db/migrations/versions/HEAD") + " is current",
                    with(loader, () -> HeadFileCheck.check(directory)));
        }
    }

    @Test
    void aJarReadsAsTheFolderItWasPackedFrom() throws IOException {
        Path classes = classes();
        Files.writeString(classes.resolve("db/migrations/versions/002_second.sql"),
                Files.readString(classes.resolve("db/migrations/versions/002_second.sql")).replace("\n", "\r\n"));
        ScriptDirectory fromFolder = ScriptDirectory.load(TestConfigs.at(classes.resolve("db/migrations")));
        Path jar = TestJars.pack(classes, dir.resolve("app.jar"));
        try (URLClassLoader loader = TestJars.loader(jar)) {
            ScriptDirectory directory = with(loader, () -> ScriptDirectory.load(onClasspath()));
            assertEquals(checksums(fromFolder), checksums(directory));
            assertEquals(jar + "!/db/migrations/versions/001_first.sql",
                    directory.displayName(directory.script("001").file()));
            assertEquals("CREATE TABLE t002 (id INT)", directory.script("002").upgrade().statements().get(0).sql());
            assertEquals(Optional.of("002"), with(loader, directory::readHead));
        }
    }

    @Test
    void severalJarsOnOneClassPathMakeOneGraph() throws IOException {
        RevisionFiles.write(dir.resolve("lib/db/migrations"), "001", "", "first");
        RevisionFiles.write(dir.resolve("app/db/migrations"), "002", "001", "second");
        Path lib = TestJars.pack(dir.resolve("lib"), dir.resolve("lib.jar"));
        Path app = TestJars.pack(dir.resolve("app"), dir.resolve("app.jar"));
        try (URLClassLoader loader = TestJars.loader(app, lib)) {
            ScriptDirectory directory = with(loader, () -> ScriptDirectory.load(onClasspath()));
            assertEquals(List.of("001", "002"), directory.graph().revisions().stream().map(r -> r.id()).sorted()
                    .toList());
            assertEquals(List.of("002"), directory.graph().heads());
        }
    }

    @Test
    void theSameRevisionInTwoJarsNamesBoth() throws IOException {
        RevisionFiles.write(dir.resolve("a/db/migrations"), "001", "", "first");
        RevisionFiles.write(dir.resolve("b/db/migrations"), "001", "", "other");
        Path a = TestJars.pack(dir.resolve("a"), dir.resolve("a.jar"));
        Path b = TestJars.pack(dir.resolve("b"), dir.resolve("b.jar"));
        try (URLClassLoader loader = TestJars.loader(a, b)) {
            MigrationError error = assertThrows(MigrationError.class,
                    () -> with(loader, () -> ScriptDirectory.load(onClasspath())));
            assertEquals("revision id '001' is used by two files, " + a + "!/db/migrations/versions/001_first.sql and "
                    + b + "!/db/migrations/versions/001_other.sql; give one of them a new id (file name and"
                    + " '-- Revision:')", error.getMessage());
        }
    }

    @Test
    void aLocationMissingFromTheClassPathIsOneLine() throws IOException {
        try (URLClassLoader loader = TestJars.loader(dir)) {
            MigrationError error = assertThrows(MigrationError.class,
                    () -> with(loader, () -> ScriptDirectory.load(onClasspath())));
            assertEquals("script location classpath:db/migrations is not on the class path; put the migrations in"
                    + " src/main/resources/db/migrations/versions or fix script_location", error.getMessage());
        }
    }

    @Test
    void revisionRefusesAClassPathLocationNamingTheFolder() throws IOException {
        Path jar = TestJars.pack(classes(), dir.resolve("app.jar"));
        try (URLClassLoader loader = TestJars.loader(jar)) {
            ScriptDirectory directory = with(loader, () -> ScriptDirectory.load(onClasspath()));
            MigrationError error = assertThrows(MigrationError.class, () -> RevisionGenerator.generate(directory,
                    RevisionGenerator.Request.of("third"), Clock.systemUTC(), new Random()));
            assertEquals("cannot write revisions into classpath:db/migrations: class path locations are read-only;"
                    + " set script_location = src/main/resources/db/migrations (the folder it is packed from) for"
                    + " this command, or run mvn migrate:revision, which writes classpath: locations into"
                    + " src/main/resources", error.getMessage());
        }
    }

    @Test
    void populateScriptsComeFromJarsInNameOrder() throws IOException {
        Path classes = dir.resolve("classes");
        Files.createDirectories(classes.resolve("db/migrations/populate"));
        Files.writeString(classes.resolve("db/migrations/populate/2_b.sql"), "INSERT INTO b VALUES (1);\n");
        Files.writeString(classes.resolve("db/migrations/populate/1_a.sql"), "INSERT INTO a VALUES (1);\n");
        Files.writeString(classes.resolve("db/migrations/populate/notes.txt"), "not a script\n");
        Path jar = TestJars.pack(classes, dir.resolve("app.jar"));
        try (URLClassLoader loader = TestJars.loader(jar)) {
            List<ScriptFile> files = ScriptSource.of(Location.classpath("db/migrations"), loader)
                    .files("populate", List.of(".sql"));
            assertEquals(List.of("1_a.sql", "2_b.sql"), files.stream().map(ScriptFile::name).toList());
            assertEquals("INSERT INTO a VALUES (1);\n", files.get(0).text("1_a.sql"));
        }
    }
}
