package org.dbmigrate.internal.script;

import java.nio.file.Path;
import java.util.Objects;
import org.dbmigrate.operations.Migration;

/**
 * A {@code .java} revision's source, compiled on first use only: loading a graph of thousands of
 * files reads their headers and compiles nothing; a plan compiles just the revisions it runs.
 */
public final class JavaRevision {

    private final Path file;
    private final String displayName;
    private final String source;
    private final String hash;
    private final JavaRevisionCompiler compiler;
    private Migration migration;

    JavaRevision(Path file, String displayName, String source, String hash, JavaRevisionCompiler compiler) {
        this.file = Objects.requireNonNull(file, "file");
        this.displayName = displayName;
        this.source = source;
        this.hash = hash;
        this.compiler = compiler;
    }

    public Path file() {
        return file;
    }

    /** The file as messages name it, e.g. {@code versions/003_users.java}. */
    public String displayName() {
        return displayName;
    }

    public String source() {
        return source;
    }

    /** SHA-256 of the source (the checksum), naming the compiled classes' cache folder. */
    public String hash() {
        return hash;
    }

    /**
     * The revision's class, compiled (or taken from the cache) on the first call. A compile error is
     * a {@link ScriptFileError} naming the file and line.
     */
    public synchronized Migration migration() {
        if (migration == null) {
            migration = compiler.load(displayName, source, hash);
        }
        return migration;
    }

    @Override
    public String toString() {
        return displayName;
    }
}
