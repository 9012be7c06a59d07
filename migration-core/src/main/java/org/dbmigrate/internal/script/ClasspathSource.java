package org.dbmigrate.internal.script;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.dbmigrate.config.Location;
import org.dbmigrate.error.MigrationError;

/**
 * A {@code classpath:} location: every class path entry that holds the name contributes its files,
 * in class path order. Exploded classes ({@code file:} URLs) are listed as folders; jars
 * ({@code jar:file:...!/}, and Spring Boot's {@code jar:nested:...} and
 * {@code jar:file:app.jar!/BOOT-INF/lib/x.jar!/} URLs) through the {@link JarURLConnection} the
 * class loader's own URL handler gives, so nested jars are read where they are. A jar entry is named
 * {@code <jar>!/<entry>}, so two jars holding the same file are told apart in messages.
 */
final class ClasspathSource implements ScriptSource {

    private final Location location;
    private final ClassLoader loader;

    ClasspathSource(Location location, ClassLoader loader) {
        this.location = location;
        this.loader = loader;
    }

    @Override
    public Location location() {
        return location;
    }

    @Override
    public boolean exists() {
        return loader.getResource(location.classpathName()) != null;
    }

    @Override
    public List<ScriptFile> files(String child, List<String> extensions) {
        String name = child.isEmpty() ? location.classpathName() : location.classpathName() + "/" + child;
        List<ScriptFile> files = new ArrayList<>();
        for (URL url : resources(name)) {
            files.addAll(url.getProtocol().equals("file") ? FolderSource.list(fileOf(url), extensions)
                    : jarFiles(url, extensions));
        }
        return files;
    }

    @Override
    public Optional<ScriptFile> file(String name) {
        URL url = loader.getResource(location.classpathName() + "/" + name);
        if (url == null) {
            return Optional.empty();
        }
        if (url.getProtocol().equals("file")) {
            Path path = fileOf(url);
            return Files.isRegularFile(path) ? Optional.of(new ScriptFile(path, () -> FolderSource.read(path)))
                    : Optional.empty();
        }
        return Optional.of(new ScriptFile(Path.of(shown(url)), () -> read(url)));
    }

    @Override
    public Path pathOf(String name) {
        return Path.of(Location.CLASSPATH + location.classpathName(), name);
    }

    private List<URL> resources(String name) {
        try {
            return Collections.list(loader.getResources(name));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot look up " + Location.CLASSPATH + name, e);
        }
    }

    /** The wanted files directly inside the folder entry {@code url} names, read while the jar is open. */
    private static List<ScriptFile> jarFiles(URL url, List<String> extensions) {
        try {
            URLConnection connection = url.openConnection();
            if (!(connection instanceof JarURLConnection jarConnection)) {
                throw new MigrationError(url + ": cannot list revision files from a " + url.getProtocol()
                        + ": URL; put them in a jar or a folder on the class path");
            }
            // Own copy of the jar, closed here; the class loader's cached one stays untouched.
            jarConnection.setUseCaches(false);
            String prefix = jarConnection.getEntryName() == null ? "" : jarConnection.getEntryName();
            prefix = prefix.isEmpty() || prefix.endsWith("/") ? prefix : prefix + "/";
            String base = shown(url);
            base = base.endsWith("/") ? base : base + "/";
            List<ScriptFile> files = new ArrayList<>();
            try (JarFile jar = jarConnection.getJarFile()) {
                Enumeration<JarEntry> entries = jar.entries();
                while (entries.hasMoreElements()) {
                    JarEntry entry = entries.nextElement();
                    String entryName = entry.getName();
                    if (entry.isDirectory() || !entryName.startsWith(prefix)) {
                        continue;
                    }
                    String fileName = entryName.substring(prefix.length());
                    if (fileName.indexOf('/') >= 0 || !ScriptSource.wanted(fileName, extensions)) {
                        continue;
                    }
                    byte[] bytes;
                    try (InputStream in = jar.getInputStream(entry)) {
                        bytes = in.readAllBytes();
                    }
                    files.add(new ScriptFile(Path.of(base + fileName), () -> bytes));
                }
            }
            files.sort(Comparator.comparing(ScriptFile::path));
            return files;
        } catch (IOException e) {
            throw new MigrationError(shown(url) + ": cannot read the jar (" + e.getMessage() + ")", e);
        }
    }

    private static byte[] read(URL url) throws IOException {
        URLConnection connection = url.openConnection();
        connection.setUseCaches(false);
        try (InputStream in = connection.getInputStream()) {
            return in.readAllBytes();
        }
    }

    private static Path fileOf(URL url) {
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("the class loader gave a malformed file URL " + url, e);
        }
    }

    /**
     * A jar URL as messages show it: without the {@code jar:} and inner scheme, decoded, e.g.
     * {@code /srv/app.jar!/db/migrations/versions}.
     */
    static String shown(URL url) {
        String text = url.toString();
        text = text.startsWith("jar:") ? text.substring("jar:".length()) : text;
        int colon = text.indexOf(':');
        if (colon > 0 && text.startsWith("/", colon + 1)) {
            text = text.substring(colon + 1);
        }
        return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
