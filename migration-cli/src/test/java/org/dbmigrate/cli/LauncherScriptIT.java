package org.dbmigrate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 5: the POSIX launcher finds the jar next to itself (also through a symlink) and passes JAVA_OPTS.
 * Issue 12: it builds its class-data sharing archive from the first connecting run that succeeds, one per jar.
 */
class LauncherScriptIT {

    @TempDir
    Path dir;

    @Test
    void versionComesFromTheJarManifest() {
        CliRun run = new DbManageProcess(dir, Map.of()).runLauncher(DbManageProcess.launcher(), "--version");
        assertEquals(0, run.exitCode(), run::toString);
        assertEquals("db-manage 0.1.0-SNAPSHOT\n", run.out());
    }

    @Test
    void symlinkedLauncherStillFindsTheJar() throws Exception {
        Path link = Files.createSymbolicLink(dir.resolve("db-manage"), DbManageProcess.launcher());
        CliRun run = new DbManageProcess(dir, Map.of()).runLauncher(link, "--help");
        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.out().startsWith("Usage: db-manage "), run::toString);
    }

    @Test
    void javaOptsPropertiesAreSettings() {
        CliRun run = new DbManageProcess(dir, Map.of("JAVA_OPTS", "-Xmx128m -Dmigrate.revisionId=bogus"))
                .runLauncher(DbManageProcess.launcher(), "heads");
        assertEquals(ExitCode.FAILED, run.exitCode(), run::toString);
        assertEquals("FAILED: command line: -Dmigrate.revisionId = 'bogus' is not valid; use sequential or hex\n",
                run.err());
    }

    @Test
    void launcherWithoutItsJarSaysSo() throws Exception {
        Path copy = Files.copy(DbManageProcess.launcher(), dir.resolve("db-manage"));
        assertTrue(copy.toFile().setExecutable(true));
        CliRun run = new DbManageProcess(dir, Map.of()).runLauncher(copy, "--version");
        assertEquals(ExitCode.BUG, run.exitCode(), run::toString);
        assertTrue(run.err().contains("db-manage.jar not found"), run::toString);
    }

    @Test
    void archiveComesFromTheFirstConnectingRunThatSucceeds() throws Exception {
        MigrationsProject.write(dir, new H2TestDatabase(dir));
        Path archives = dir.resolve("cache/dbmigrate/cds");
        Map<String, String> environment = Map.of("XDG_CACHE_HOME", dir.resolve("cache").toString(),
                "DB_PASSWORD", TestDatabase.PASSWORD);

        CliRun failed = new DbManageProcess(dir, environment).runLauncher(DbManageProcess.launcher(),
                "--config-file", MigrationsProject.CONFIG, "upgrade", "nosuchrevision");
        assertEquals(ExitCode.FAILED, failed.exitCode(), failed::toString);
        assertEquals(List.of(), namesIn(archives), "a failed run leaves neither archive nor lock");

        CliRun upgraded = new DbManageProcess(dir, environment).runLauncher(DbManageProcess.launcher(),
                "--config-file", MigrationsProject.CONFIG, "upgrade", "head");
        assertEquals(0, upgraded.exitCode(), upgraded::toString);
        awaitArchives(archives, 1);

        // -Xshare:on makes the JVM refuse to start when the archive cannot be mapped.
        CliRun mapped = new DbManageProcess(dir, Map.of("XDG_CACHE_HOME", dir.resolve("cache").toString(),
                "DB_PASSWORD", TestDatabase.PASSWORD, "JAVA_OPTS", "-Xshare:on"))
                .runLauncher(DbManageProcess.launcher(), "--config-file", MigrationsProject.CONFIG, "current");
        assertEquals(0, mapped.exitCode(), mapped::toString);
        assertEquals("004 (head)\n", mapped.out());
    }

    @Test
    void aReplacedJarGetsAnArchiveOfItsOwn() throws Exception {
        MigrationsProject.write(dir, new H2TestDatabase(dir));
        Path dist = Files.createDirectories(dir.resolve("dist"));
        Path launcher = Files.copy(DbManageProcess.launcher(), dist.resolve("db-manage"));
        assertTrue(launcher.toFile().setExecutable(true));
        Path jar = Files.copy(DbManageProcess.launcher().resolveSibling("db-manage.jar"), dist.resolve("db-manage.jar"));
        Path archives = dir.resolve("cache/dbmigrate/cds");
        Map<String, String> environment = Map.of("XDG_CACHE_HOME", dir.resolve("cache").toString(),
                "DB_PASSWORD", TestDatabase.PASSWORD);
        CliRun upgraded = new DbManageProcess(dir, environment).runLauncher(launcher,
                "--config-file", MigrationsProject.CONFIG, "upgrade", "head");
        assertEquals(0, upgraded.exitCode(), upgraded::toString);
        awaitArchives(archives, 1);

        // the same path, another jar: an archive of the old one would be refused by the JVM, silently, in every run
        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() - 86_400_000L));
        CliRun current = new DbManageProcess(dir, environment).runLauncher(launcher,
                "--config-file", MigrationsProject.CONFIG, "current");
        assertEquals(0, current.exitCode(), current::toString);
        awaitArchives(archives, 2);
        CliRun mapped = new DbManageProcess(dir, Map.of("XDG_CACHE_HOME", dir.resolve("cache").toString(),
                "DB_PASSWORD", TestDatabase.PASSWORD, "JAVA_OPTS", "-Xshare:on"))
                .runLauncher(launcher, "--config-file", MigrationsProject.CONFIG, "current");
        assertEquals(0, mapped.exitCode(), mapped::toString);
    }

    /** Waits for the background writer: {@code count} archives and nothing else (no class list, no lock). */
    private static void awaitArchives(Path folder, int count) throws Exception {
        long deadline = System.nanoTime() + 90_000_000_000L;
        while (!(namesIn(folder).size() == count && namesIn(folder).stream().allMatch(name -> name.endsWith(".jsa")))
                && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        List<String> left = namesIn(folder);
        assertEquals(count, left.size(), "archives, nothing left over: " + left);
        assertTrue(left.stream().allMatch(name -> name.endsWith(".jsa")), left.toString());
    }

    private static List<String> namesIn(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }
}
