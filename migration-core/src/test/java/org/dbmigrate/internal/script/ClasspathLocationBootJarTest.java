package org.dbmigrate.internal.script;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import org.apache.commons.lang3.StringUtils;
import org.apache.velocity.app.VelocityEngine;
import org.dbmigrate.Migrator;
import org.dbmigrate.testsupport.JavaCommand;
import org.h2.Driver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.springframework.boot.loader.launch.JarLauncher;

/**
 * A Spring Boot executable jar, built here in Boot's layout with Boot's real launcher
 * ({@code spring-boot-loader}) and run with {@code java -jar}: revisions in {@code BOOT-INF/classes}
 * and in a nested {@code BOOT-INF/lib} jar are read in place through {@code jar:nested:} URLs, with
 * the checksums of the folder they were packed from.
 */
class ClasspathLocationBootJarTest {

    @TempDir
    Path dir;

    @Test
    void aSpringBootJarUpgradesFromItsOwnRevisions() throws Exception {
        Path appFolder = dir.resolve("app/db/migrations");
        RevisionFiles.write(appFolder, "001", "", "first");
        Path libFolder = dir.resolve("lib/db/migrations");
        RevisionFiles.write(libFolder, "002", "001", "second");
        Map<String, String> expected = new TreeMap<>();
        ScriptDirectory.load(TestConfigs.at(appFolder)).scripts().forEach(s -> expected.put(s.revision().id(),
                s.checksum()));
        expected.put("002", RevisionFileParser.checksum(Files.readString(
                libFolder.resolve("versions/002_second.sql"))));

        Path jar = bootJar(dir.resolve("app"), dir.resolve("lib"));
        List<String> output = run(jar, "jdbc:h2:mem:boot;DB_CLOSE_DELAY=-1");

        Map<String, String> read = new TreeMap<>();
        List<String> names = new ArrayList<>();
        for (String line : output) {
            String[] parts = line.split(" ");
            if (parts[0].equals("file")) {
                read.put(parts[1], parts[2]);
                names.add(parts[3]);
            }
        }
        assertEquals(expected, read, String.join("\n", output));
        assertEquals(List.of(jar + "/!BOOT-INF/classes/!/db/migrations/versions/001_first.sql",
                jar + "/!BOOT-INF/lib/revisions.jar!/db/migrations/versions/002_second.sql"), names);
        assertEquals("current 002 (head)", output.get(output.size() - 1));
    }

    /** Boot's layout: launcher classes at the root, the application in BOOT-INF/classes, libraries nested. */
    private Path bootJar(Path appResources, Path libResources) throws IOException, URISyntaxException {
        Map<String, byte[]> entries = new TreeMap<>();
        copyJar(codeSource(JarLauncher.class), "", entries);
        entries.remove("META-INF/MANIFEST.MF");
        String mainClass = BootJarMain.class.getName().replace('.', '/') + ".class";
        entries.put("BOOT-INF/classes/" + mainClass,
                Files.readAllBytes(codeSource(BootJarMain.class).resolve(mainClass)));
        TestJars.filesUnder(appResources).forEach((name, bytes) -> entries.put("BOOT-INF/classes/" + name, bytes));
        entries.put("BOOT-INF/lib/revisions.jar", Files.readAllBytes(TestJars.pack(libResources,
                dir.resolve("build/revisions.jar"))));
        entries.put("BOOT-INF/lib/migration-core.jar", Files.readAllBytes(TestJars.pack(codeSource(Migrator.class),
                dir.resolve("build/migration-core.jar"))));
        for (Class<?> library : List.of(Driver.class, VelocityEngine.class, StringUtils.class, Logger.class)) {
            Path jar = codeSource(library);
            entries.put("BOOT-INF/lib/" + jar.getFileName(), Files.readAllBytes(jar));
        }
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, JarLauncher.class.getName());
        manifest.getMainAttributes().putValue("Start-Class", BootJarMain.class.getName());
        manifest.getMainAttributes().putValue("Spring-Boot-Classes", "BOOT-INF/classes/");
        manifest.getMainAttributes().putValue("Spring-Boot-Lib", "BOOT-INF/lib/");
        return TestJars.write(dir.resolve("app.jar"), entries, manifest, true);
    }

    private static void copyJar(Path jar, String prefix, Map<String, byte[]> into) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            Enumeration<JarEntry> entries = file.entries();
            while (entries.hasMoreElements()) {
                JarEntry entry = entries.nextElement();
                if (!entry.isDirectory()) {
                    into.put(prefix + entry.getName(), file.getInputStream(entry).readAllBytes());
                }
            }
        }
    }

    private static Path codeSource(Class<?> type) throws URISyntaxException {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    private static List<String> run(Path jar, String url) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(JavaCommand.of("-jar", jar.toString(), url))
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor(60, TimeUnit.SECONDS);
        assertEquals(0, process.exitValue(), output);
        return output.lines().toList();
    }
}
