package org.dbmigrate.internal.runtime;

import java.nio.file.Path;
import java.util.Map;
import org.dbmigrate.internal.script.RevisionScript;
import org.dbmigrate.internal.script.ScriptDirectory;

/** Where the runtime finds a revision's parsed file, and how messages name files. */
@FunctionalInterface
public interface RevisionScripts {

    RevisionScript script(String revisionId);

    /** A file as messages show it, e.g. {@code versions/002_users.sql}. */
    default String displayName(Path file) {
        return file.toString();
    }

    /** The SQL placeholder values a Java revision of {@code revisionId} reads ({@code op.placeholder}). */
    default Map<String, String> placeholders(String revisionId) {
        return Map.of();
    }

    static RevisionScripts of(ScriptDirectory directory) {
        return new RevisionScripts() {
            @Override
            public RevisionScript script(String revisionId) {
                return directory.script(revisionId);
            }

            @Override
            public String displayName(Path file) {
                return directory.displayName(file);
            }
        };
    }
}
