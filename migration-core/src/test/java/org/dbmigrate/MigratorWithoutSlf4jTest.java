package org.dbmigrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.dbmigrate.internal.script.RevisionFiles;
import org.dbmigrate.testsupport.JavaCommand;
import org.h2.Driver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SLF4J is optional: an application without it upgrades (progress goes nowhere), and one with it
 * gets the progress on the logger {@code org.dbmigrate}. Each runs in its own JVM with exactly the
 * jars an application would have.
 */
class MigratorWithoutSlf4jTest {

    @TempDir
    Path dir;

    @Test
    void upgradesWithoutSlf4jOnTheClassPath() throws Exception {
        List<String> output = run(List.of());
        assertTrue(output.get(output.size() - 1).startsWith("Upgraded <base> -> 001: 1 revision in "),
                output.toString());
        assertFalse(output.stream().anyMatch(line -> line.contains("SLF4J")), output.toString());
    }

    @Test
    void progressGoesToTheOrgDbmigrateLoggerWhenSlf4jIsThere() throws Exception {
        Path simple = Path.of(System.getProperty("test.slf4j.simple.jar"));
        Path api = codeSource(Class.forName("org.slf4j.LoggerFactory"));
        List<String> output = run(List.of(api, simple));
        assertTrue(output.contains("[main] INFO org.dbmigrate - Running upgrade  -> 001, first"), output.toString());
    }

    private List<String> run(List<Path> extraJars) throws IOException, URISyntaxException, InterruptedException {
        Path migrations = dir.resolve("migrations");
        RevisionFiles.write(migrations, "001", "", "first");
        String mainClass = ConfigureMain.class.getName().replace('.', '/') + ".class";
        Path app = dir.resolve("app");
        Files.createDirectories(app.resolve(mainClass).getParent());
        Files.copy(codeSource(ConfigureMain.class).resolve(mainClass), app.resolve(mainClass));
        List<String> classPath = new ArrayList<>(List.of(app.toString(), codeSource(Migrator.class).toString(),
                codeSource(Driver.class).toString()));
        extraJars.forEach(jar -> classPath.add(jar.toString()));
        String url = "jdbc:h2:file:" + dir.resolve("db").toAbsolutePath();
        Process process = new ProcessBuilder(JavaCommand.of("-cp", String.join(File.pathSeparator, classPath),
                ConfigureMain.class.getName(), url, "filesystem:" + migrations)).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor(60, TimeUnit.SECONDS);
        assertEquals(0, process.exitValue(), output);
        return output.lines().toList();
    }

    private static Path codeSource(Class<?> type) throws URISyntaxException {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    }
}
