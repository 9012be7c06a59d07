package org.dbmigrate.config;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a migrations folder (or a folder of revision files) is: a folder on disk, or a path on the
 * class path, read from exploded classes and jars alike. Written {@code migrations} (relative to the
 * config file's folder), {@code filesystem:migrations} or {@code classpath:db/migrations}.
 *
 * @param folder        the absolute folder; null for a class path location
 * @param classpathName the resource path without leading or trailing {@code /}; null for a folder
 */
public record Location(Path folder, String classpathName) {

    /** The prefix of a class path location. */
    public static final String CLASSPATH = "classpath:";

    /** The prefix that says a location is a folder (the default without a prefix). */
    public static final String FILESYSTEM = "filesystem:";

    public Location {
        if ((folder == null) == (classpathName == null)) {
            throw new IllegalArgumentException("a location is either a folder or a class path name");
        }
        folder = folder == null ? null : folder.toAbsolutePath().normalize();
        classpathName = classpathName == null ? null : trimSlashes(classpathName);
    }

    /** A folder on disk. */
    public static Location folder(Path folder) {
        return new Location(Objects.requireNonNull(folder, "folder"), null);
    }

    /** A path on the class path, e.g. {@code db/migrations}. */
    public static Location classpath(String name) {
        return new Location(null, Objects.requireNonNull(name, "name"));
    }

    /**
     * {@code classpath:<path>}, {@code filesystem:<folder>} or a plain folder; a relative folder
     * resolves against {@code baseDir}.
     *
     * @throws IllegalArgumentException for an empty location
     */
    public static Location parse(String text, Path baseDir) {
        String value = text.strip();
        if (value.startsWith(CLASSPATH)) {
            String name = trimSlashes(value.substring(CLASSPATH.length()).strip());
            if (name.isEmpty()) {
                throw new IllegalArgumentException("give a path after classpath:, e.g. classpath:db/migrations");
            }
            return classpath(name);
        }
        String path = value.startsWith(FILESYSTEM) ? value.substring(FILESYSTEM.length()).strip() : value;
        if (path.isEmpty()) {
            throw new IllegalArgumentException("use a folder, filesystem:<folder> or classpath:<path>");
        }
        return folder(baseDir.resolve(path));
    }

    public boolean onClasspath() {
        return classpathName != null;
    }

    /** The location {@code child} inside this one ({@code versions}, {@code populate}). */
    public Location resolve(String child) {
        return onClasspath() ? classpath(classpathName + "/" + child) : folder(folder.resolve(child));
    }

    /** As a user writes it: the folder, or {@code classpath:db/migrations}. */
    @Override
    public String toString() {
        return onClasspath() ? CLASSPATH + classpathName : folder.toString();
    }

    private static String trimSlashes(String name) {
        int start = 0;
        int end = name.length();
        while (start < end && name.charAt(start) == '/') {
            start++;
        }
        while (end > start && name.charAt(end - 1) == '/') {
            end--;
        }
        return name.substring(start, end);
    }
}
