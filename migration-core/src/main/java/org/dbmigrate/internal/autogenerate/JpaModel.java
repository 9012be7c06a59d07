package org.dbmigrate.internal.autogenerate;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.dbmigrate.error.MigrationError;
import org.dbmigrate.internal.runtime.ConnectionSource;
import org.dbmigrate.internal.runtime.Database;

/**
 * {@code model = jpa:com.example.model} (a package, with its subpackages) or
 * {@code jpa:com.example.User,com.example.Order}: JPA entities from compiled classes, found on the
 * configured classpath and the caller's class loader. Annotations are read by name, so dbmigrate
 * itself needs no JPA jar; {@link JpaMapping} maps them as Hibernate 6 does, under the configured
 * naming strategy.
 */
final class JpaModel implements ModelSource {

    private static final String ENTITY = "jakarta.persistence.Entity";

    private final String spec;
    private final List<Path> classpath;
    private final String namingStrategy;
    private int entityCount;
    private String namingUsed = "";
    private List<String> warnings = List.of();

    JpaModel(String spec, List<Path> classpath, String namingStrategy) {
        this.spec = spec.strip();
        this.classpath = List.copyOf(classpath);
        this.namingStrategy = namingStrategy;
    }

    @Override
    public SchemaSnapshot read(Database target, ConnectionSource connections) {
        ClassLoader loader = loader();
        try {
            requirePersistenceApi(loader);
            List<Class<?>> entities = new ArrayList<>();
            for (String name : spec.split(",")) {
                String entry = name.strip();
                if (!entry.isEmpty()) {
                    entities.addAll(entities(entry, loader));
                }
            }
            if (entities.isEmpty()) {
                throw new MigrationError("[autogenerate] model = jpa:" + spec + " names no @Entity class; give the"
                        + " package of the entities or their class names, and their compiled classes on the classpath"
                        + " (Maven: compile the project first; db-manage: --classpath)");
            }
            entityCount = entities.size();
            NamingStrategy naming = NamingStrategy.of(namingStrategy, loader);
            namingUsed = naming.describe();
            JpaMapping mapping = new JpaMapping(target.dialect(), entities, naming, hibernateMajor(loader));
            SchemaSnapshot snapshot = mapping.snapshot();
            warnings = mapping.warnings();
            return snapshot;
        } finally {
            if (loader instanceof URLClassLoader own) {
                try {
                    own.close(); // ours alone: the jars it opened are released
                } catch (IOException e) {
                    // nothing was written through it; an unreleased jar handle is harmless here
                }
            }
        }
    }

    @Override
    public String describe() {
        return entityCount + " JPA entities (" + namingUsed + " naming)";
    }

    @Override
    public List<String> warnings() {
        return warnings;
    }

    /** The major version of the Hibernate the application runs with, 6 when the model's class path has none. */
    static int hibernateMajor(ClassLoader loader) {
        try {
            Object version = Class.forName("org.hibernate.Version", true, loader).getMethod("getVersionString")
                    .invoke(null);
            return Integer.parseInt(String.valueOf(version).split("\\.")[0]);
        } catch (ReflectiveOperationException | LinkageError | NumberFormatException e) {
            return 6;
        }
    }

    /** Issue 20 point 6: without the JPA API the classes load but carry no annotation dbmigrate can see. */
    private static void requirePersistenceApi(ClassLoader loader) {
        try {
            Class.forName(ENTITY, false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new MigrationError("[autogenerate] model = jpa:... needs jakarta.persistence-api on the model's class"
                    + " path, and it is not there; add its jar to [autogenerate] classpath (db-manage: --classpath)"
                    + " or declare the dependency (Maven: the project's compile class path is used)");
        }
    }

    private ClassLoader loader() {
        ClassLoader parent = Thread.currentThread().getContextClassLoader();
        if (parent == null) {
            parent = JpaModel.class.getClassLoader();
        }
        if (classpath.isEmpty()) {
            return parent;
        }
        for (Path p : classpath) {
            if (!Files.exists(p)) {
                throw new MigrationError("the model class path entry " + p + " does not exist; fix [autogenerate]"
                        + " classpath or --classpath (folders and jars, separated by commas or " + File.pathSeparator
                        + ")");
            }
        }
        URL[] urls = classpath.stream().map(p -> {
            try {
                return p.toUri().toURL();
            } catch (MalformedURLException e) {
                throw new IllegalArgumentException(p.toString(), e);
            }
        }).toArray(URL[]::new);
        return new URLClassLoader(urls, parent);
    }

    /** A class name gives that class; a package name gives its entities and those of its subpackages. */
    private static List<Class<?>> entities(String name, ClassLoader loader) {
        try {
            Class<?> type = Class.forName(name, false, loader);
            if (!JpaAnnotations.has(type, ENTITY)) {
                throw new MigrationError(name + " in [autogenerate] model is not annotated @jakarta.persistence.Entity");
            }
            return List.of(type);
        } catch (ClassNotFoundException e) {
            // not a class: a package
        } catch (LinkageError e) {
            throw new MigrationError("cannot load " + name + " (" + e + "); is jakarta.persistence-api on the"
                    + " classpath?", e);
        }
        List<Class<?>> found = new ArrayList<>();
        for (String className : classNames(name, loader)) {
            try {
                Class<?> type = Class.forName(className, false, loader);
                if (JpaAnnotations.has(type, ENTITY)) {
                    found.add(type);
                }
            } catch (ClassNotFoundException | LinkageError e) {
                // a class that does not load is no entity of ours to compare
            }
        }
        return found;
    }

    private static TreeSet<String> classNames(String packageName, ClassLoader loader) {
        String folder = packageName.replace('.', '/');
        TreeSet<String> names = new TreeSet<>();
        try {
            Enumeration<URL> roots = loader.getResources(folder);
            while (roots.hasMoreElements()) {
                URL root = roots.nextElement();
                if (root.getProtocol().equals("file")) {
                    Path dir = Path.of(URLDecoder.decode(root.getPath(), StandardCharsets.UTF_8));
                    try (Stream<Path> files = Files.walk(dir)) {
                        files.filter(f -> f.toString().endsWith(".class")).forEach(f -> names.add(packageName + "."
                                + dir.relativize(f).toString().replace(File.separatorChar, '.')
                                        .replaceAll("\\.class$", "")));
                    }
                } else if (root.getProtocol().equals("jar")) {
                    String path = root.getPath();
                    String jar = URLDecoder.decode(path.substring("file:".length(), path.indexOf("!/")),
                            StandardCharsets.UTF_8);
                    try (JarFile file = new JarFile(jar)) {
                        for (JarEntry entry : Collections.list(file.entries())) {
                            String n = entry.getName();
                            if (n.startsWith(folder + "/") && n.endsWith(".class")) {
                                names.add(n.substring(0, n.length() - 6).replace('/', '.'));
                            }
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list package " + packageName, e);
        }
        names.removeIf(n -> n.endsWith("package-info") || n.endsWith("module-info"));
        return names;
    }
}
