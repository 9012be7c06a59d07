package org.dbmigrate.script;

import java.nio.file.Path;
import java.util.List;
import org.dbmigrate.config.MigrateConfig;
import org.dbmigrate.graph.RevisionGraph;

/**
 * The migrations folder: every revision file parsed, the graph built from them, the HEAD file.
 * Loading fails with one line naming the file (and line) for a malformed file, and for graph
 * errors (cycle, duplicate id, missing parent) names the file(s) of the revisions involved.
 *
 * <p>CONTRACT SKELETON: the script work fills in the bodies (and may add methods).
 */
public final class ScriptDirectory {

    private ScriptDirectory() {
    }

    /** Reads {@code config.versionLocations()} (all {@code *.sql} revision files) and builds the graph. */
    public static ScriptDirectory load(MigrateConfig config) {
        throw new UnsupportedOperationException("script directory not built yet");
    }

    public RevisionGraph graph() {
        throw new UnsupportedOperationException();
    }

    /** The parsed file of revision {@code id} (an exact id). */
    public RevisionScript script(String id) {
        throw new UnsupportedOperationException();
    }

    public List<RevisionScript> scripts() {
        throw new UnsupportedOperationException();
    }

    /** {@code versions/HEAD} in the first version location. */
    public Path headFile() {
        throw new UnsupportedOperationException();
    }
}
