package org.dbmigrate.internal.script;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.dbmigrate.config.Location;

/**
 * Where the files of one location come from: a folder, or the class path (exploded classes, jars,
 * a Spring Boot jar's nested jars). The script directory, populate and the HEAD check read through
 * this and do not care which.
 */
public interface ScriptSource {

    /**
     * The source of {@code location}; class path names are looked up with the thread's context class
     * loader (else the one that loaded dbmigrate).
     */
    static ScriptSource of(Location location) {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return of(location, context != null ? context : ScriptSource.class.getClassLoader());
    }

    /** The source of {@code location}, class path names looked up with {@code loader}. */
    static ScriptSource of(Location location, ClassLoader loader) {
        return location.onClasspath() ? new ClasspathSource(location, loader) : new FolderSource(location.folder());
    }

    Location location();

    /** Whether the location exists (a folder, or at least one class path entry holding the name). */
    boolean exists();

    /**
     * The regular files directly inside {@code child} ({@code ""}: the location itself) whose names
     * end with one of {@code extensions}, by name; names starting with a dot (editors' lock and backup
     * files) are left out. None when the folder does not exist.
     */
    List<ScriptFile> files(String child, List<String> extensions);

    /** The file {@code name} directly in the location, the first one on the class path. */
    Optional<ScriptFile> file(String name);

    /** How messages name {@code name} in this location, whether it exists or not. */
    Path pathOf(String name);

    /** Whether a listed file name is wanted. */
    static boolean wanted(String name, List<String> extensions) {
        if (name.startsWith(".")) {
            return false;
        }
        for (String extension : extensions) {
            if (name.endsWith(extension)) {
                return true;
            }
        }
        return false;
    }
}
