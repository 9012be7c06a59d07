package org.dbmigrate.internal.script;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.dbmigrate.error.MigrationError;
import org.dbmigrate.operations.Migration;
import org.dbmigrate.operations.Operations;

/**
 * Compiles Java revisions with the JDK's compiler (javax.tools) and keeps the classes in a cache
 * folder named by the SHA-256 of the source: {@code <cache>/<sha256>/}, holding the class files and
 * {@code migration-class} (the class to run, and the engine and Java versions it was compiled for;
 * written last, so a folder without it is an interrupted compile and is redone; other versions
 * recompile).
 *
 * <p>The cache is the user's own ({@code $XDG_CACHE_HOME/dbmigrate/classes}, else
 * {@code ~/.cache/dbmigrate/classes}), not a shared temporary folder where another user could put
 * classes for a known source; the system property {@code dbmigrate.classCache} names another folder.
 *
 * <p>The compile classpath is where the engine's own classes come from (a plain jar, the shaded CLI
 * jar, the Maven plugin's realm: the code source of {@link Operations}) plus {@code java.class.path}.
 */
public final class JavaRevisionCompiler {

    /** System property naming the cache folder. */
    public static final String CACHE_PROPERTY = "dbmigrate.classCache";
    static final String CLASS_NAME_FILE = "migration-class";

    private final Path cacheRoot;
    /** Kept between compiles: it indexes the class path once (most of a compile's cost after the first). */
    private StandardJavaFileManager fileManager;

    private final Supplier<JavaCompiler> javac;

    public JavaRevisionCompiler(Path cacheRoot) {
        this(cacheRoot, ToolProvider::getSystemJavaCompiler);
    }

    /** @param javac the JDK's compiler, or null when this Java has none (a JRE) */
    JavaRevisionCompiler(Path cacheRoot, Supplier<JavaCompiler> javac) {
        this.cacheRoot = cacheRoot;
        this.javac = javac;
    }

    /** The compiler on the default cache folder. */
    public static JavaRevisionCompiler withDefaultCache() {
        return new JavaRevisionCompiler(defaultCacheRoot());
    }

    public static Path defaultCacheRoot() {
        String configured = System.getProperty(CACHE_PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path userCache = xdg != null && !xdg.isBlank() ? Path.of(xdg)
                : Path.of(System.getProperty("user.home"), ".cache");
        return userCache.resolve("dbmigrate").resolve("classes");
    }

    /**
     * What compiled classes depend on besides their source: the engine's build and the Java version.
     * The version alone is not enough: a snapshot or a development build changes the API it links
     * against without changing its version, and a stale class would fail mid-run with a linkage error.
     */
    static String fingerprint() {
        return EngineBuild.FINGERPRINT + ", java " + Runtime.version().feature();
    }

    public Path cacheRoot() {
        return cacheRoot;
    }

    /** The cache folder of one source. */
    public Path classesFolder(String hash) {
        return cacheRoot.resolve(hash);
    }

    /** The revision's class from the cache, compiled first when the cache does not hold it. */
    public Migration load(String displayName, String source, String hash) {
        Path folder = classesFolder(hash);
        List<String> compiled = readClassName(folder);
        if (compiled.size() != 2 || !compiled.get(1).equals(fingerprint())) {
            deleteQuietly(folder);
            compile(displayName, source, folder);
            compiled = readClassName(folder);
        }
        try {
            return instantiate(displayName, loader(folder).loadClass(compiled.get(0)));
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("compiled class missing from " + folder, e);
        }
    }

    /** The lines of {@code migration-class}: class name, fingerprint; empty when not compiled. */
    private static List<String> readClassName(Path folder) {
        Path file = folder.resolve(CLASS_NAME_FILE);
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read compiled classes in " + folder, e);
        }
    }

    private synchronized StandardJavaFileManager fileManager(JavaCompiler javac) {
        if (fileManager == null) {
            fileManager = javac.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8);
        }
        return fileManager;
    }

    private synchronized void compile(String displayName, String source, Path folder) {
        JavaCompiler javac = this.javac.get();
        if (javac == null) {
            throw new MigrationError(displayName + ": Java revisions are compiled by the JDK, and this Java ("
                    + System.getProperty("java.home") + ") has no compiler; run with a JDK 17 or newer");
        }
        Path work;
        try {
            Files.createDirectories(cacheRoot);
            work = Files.createTempDirectory(cacheRoot, ".compiling-");
        } catch (IOException e) {
            throw new MigrationError("cannot create the class cache " + cacheRoot + " (" + e.getMessage() + "); set -D"
                    + CACHE_PROPERTY + " to a writable folder", e);
        }
        try {
            DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
            List<String> options = List.of("-d", work.toString(), "-classpath", compileClasspath(), "-proc:none",
                    "-encoding", "UTF-8", "-g", "-nowarn");
            boolean ok = javac.getTask(null, fileManager(javac), diagnostics, options, null,
                    List.of(new SourceText(displayName, source))).call();
            if (!ok) {
                throw compileError(displayName, diagnostics);
            }
            String className = migrationClass(displayName, work);
            Files.writeString(work.resolve(CLASS_NAME_FILE), className + "\n" + fingerprint() + "\n",
                    StandardCharsets.UTF_8);
            publish(work, folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write compiled classes to " + work, e);
        } finally {
            deleteQuietly(work);
        }
    }

    /** Moves a finished compile into place; another process may have put the same classes there first. */
    private static void publish(Path work, Path folder) throws IOException {
        try {
            Files.move(work, folder, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException e) {
            if (!Files.isRegularFile(folder.resolve(CLASS_NAME_FILE))) {
                deleteQuietly(folder);
                Files.move(work, folder);
            }
        } catch (IOException e) {
            if (!Files.isRegularFile(folder.resolve(CLASS_NAME_FILE))) {
                throw e;
            }
        }
    }

    private static ScriptFileError compileError(String displayName, DiagnosticCollector<JavaFileObject> diagnostics) {
        Diagnostic<? extends JavaFileObject> first = diagnostics.getDiagnostics().stream()
                .filter(d -> d.getKind() == Diagnostic.Kind.ERROR).findFirst().orElse(null);
        if (first == null) {
            return new ScriptFileError(displayName, 0, "cannot compile", "fix the Java source");
        }
        String message = first.getMessage(Locale.ROOT).strip().lines().findFirst().orElse("").strip();
        return new ScriptFileError(displayName, (int) Math.max(0, first.getLineNumber()), "cannot compile: " + message,
                "fix the Java source");
    }

    /** The one concrete class among the compiled ones that implements {@link Migration}. */
    private static String migrationClass(String displayName, Path classes) throws IOException {
        List<String> found = new ArrayList<>();
        try (URLClassLoader loader = loader(classes); Stream<Path> files = Files.walk(classes)) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".class"))::iterator) {
                String relative = classes.relativize(file).toString();
                String name = relative.substring(0, relative.length() - ".class".length())
                        .replace(File.separatorChar, '.');
                Class<?> type = loader.loadClass(name);
                if (Migration.class.isAssignableFrom(type) && !type.isInterface()
                        && !Modifier.isAbstract(type.getModifiers())) {
                    found.add(name);
                }
            }
        } catch (ClassNotFoundException | LinkageError e) {
            throw new IllegalStateException("cannot load what javac just wrote in " + classes, e);
        }
        if (found.size() != 1) {
            throw new ScriptFileError(displayName, 0, found.isEmpty()
                    ? "no class implements org.dbmigrate.operations.Migration"
                    : "several classes implement Migration (" + String.join(", ", found) + ")",
                    "declare exactly one: class Upgrade implements Migration { public void upgrade(Operations op) {...} }");
        }
        return found.get(0);
    }

    private static URLClassLoader loader(Path classes) {
        try {
            return new URLClassLoader(new URL[] {classes.toUri().toURL()}, Migration.class.getClassLoader());
        } catch (MalformedURLException e) {
            throw new IllegalStateException("a folder always has a URL", e);
        }
    }

    private static Migration instantiate(String displayName, Class<?> type) {
        try {
            Constructor<?> constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            return (Migration) constructor.newInstance();
        } catch (NoSuchMethodException e) {
            throw new ScriptFileError(displayName, 0, type.getName() + " has no constructor without arguments",
                    "remove its constructors or add one without arguments");
        } catch (ReflectiveOperationException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new ScriptFileError(displayName, 0, "cannot create " + type.getName() + ": " + cause,
                    "fix its constructor or field initialisers");
        }
    }

    /** The engine's own classes, wherever they were loaded from, then the JVM's class path. */
    static String compileClasspath() {
        Set<String> entries = new LinkedHashSet<>();
        for (Class<?> api : List.of(Operations.class, Migration.class, MigrationError.class)) {
            CodeSource source = api.getProtectionDomain().getCodeSource();
            if (source != null && source.getLocation() != null) {
                try {
                    URI uri = source.getLocation().toURI();
                    if ("file".equals(uri.getScheme())) {
                        entries.add(Path.of(uri).toString());
                    }
                } catch (URISyntaxException | IllegalArgumentException e) {
                    // not a plain file (a nested jar): the class path below may still hold it
                }
            }
        }
        String classPath = System.getProperty("java.class.path", "");
        for (String entry : classPath.split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                entries.add(entry);
            }
        }
        return String.join(File.pathSeparator, entries);
    }

    private static void deleteQuietly(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a leftover temporary folder is harmless; the next compile uses a new one
        }
    }

    /**
     * The source as javac reads it. Any file name is accepted for the class inside, so
     * {@code 003_add_users.java} may declare {@code class AddUsers} (even a public one).
     */
    private static final class SourceText extends SimpleJavaFileObject {
        private final String source;

        SourceText(String displayName, String source) {
            super(URI.create("string:///" + UUID.nameUUIDFromBytes(displayName.getBytes(StandardCharsets.UTF_8))
                    + "/" + displayName.replace('\\', '/').replaceAll("[^A-Za-z0-9_./-]", "_")), Kind.SOURCE);
            this.source = source;
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return source;
        }

        @Override
        public boolean isNameCompatible(String simpleName, Kind kind) {
            return kind == Kind.SOURCE;
        }
    }
}
