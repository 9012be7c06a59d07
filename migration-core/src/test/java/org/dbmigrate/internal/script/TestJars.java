package org.dbmigrate.internal.script;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;

/** Jars for class path tests, written as build tools write them: directory entries included. */
public final class TestJars {

    private TestJars() {
    }

    /** Every file under {@code root}, by its path relative to {@code root}. */
    public static Map<String, byte[]> filesUnder(Path root) {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                files.put(root.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** A jar of {@code root}'s files. */
    public static Path pack(Path root, Path jar) {
        return write(jar, filesUnder(root), null, false);
    }

    /**
     * Writes {@code entries} (name to content) with a directory entry for every folder; {@code stored}
     * writes them uncompressed, as Spring Boot requires for nested jars.
     */
    public static Path write(Path jar, Map<String, byte[]> entries, Manifest manifest, boolean stored) {
        try {
            Files.createDirectories(jar.getParent());
            Manifest written = manifest != null ? manifest : new Manifest();
            written.getMainAttributes().putIfAbsent(Attributes.Name.MANIFEST_VERSION, "1.0");
            try (OutputStream out = Files.newOutputStream(jar); JarOutputStream jarOut = new JarOutputStream(out,
                    written)) {
                Set<String> folders = new TreeSet<>();
                for (String name : new TreeMap<>(entries).keySet()) {
                    for (int slash = name.indexOf('/'); slash >= 0; slash = name.indexOf('/', slash + 1)) {
                        String folder = name.substring(0, slash + 1);
                        if (folders.add(folder) && !folder.equals("META-INF/")) {
                            put(jarOut, folder, new byte[0], stored);
                        }
                    }
                }
                for (Map.Entry<String, byte[]> entry : new TreeMap<>(entries).entrySet()) {
                    put(jarOut, entry.getKey(), entry.getValue(), stored);
                }
            }
            return jar;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void put(JarOutputStream jar, String name, byte[] content, boolean stored) throws IOException {
        JarEntry entry = new JarEntry(name);
        if (stored) {
            CRC32 crc = new CRC32();
            crc.update(content);
            entry.setMethod(ZipEntry.STORED);
            entry.setSize(content.length);
            entry.setCompressedSize(content.length);
            entry.setCrc(crc.getValue());
        }
        jar.putNextEntry(entry);
        jar.write(content);
        jar.closeEntry();
    }

    /** A class loader over {@code entries} only (no parent's resources). */
    public static URLClassLoader loader(Path... entries) {
        URL[] urls = new URL[entries.length];
        for (int i = 0; i < entries.length; i++) {
            try {
                urls[i] = entries[i].toUri().toURL();
            } catch (MalformedURLException e) {
                throw new IllegalArgumentException(e);
            }
        }
        return new URLClassLoader(urls, ClassLoader.getPlatformClassLoader());
    }
}
