package org.dbmigrate.script;

import java.nio.file.Path;
import java.util.Optional;
import org.dbmigrate.graph.Revision;

/**
 * A parsed revision file: its place in the graph and what it runs.
 *
 * @param revision   the header facts
 * @param file       where it was read from (named in every error about it)
 * @param createDate the {@code Create Date:} header as written, or empty
 * @param upgrade    the {@code -- migrate:upgrade} section
 * @param downgrade  the {@code -- migrate:downgrade} section; empty when the file has none
 * @param checksum   SHA-256 (lower-case hex) of the file's content with line endings normalised to
 *                   {@code \n}, stored in {@code migrate_history} and compared by upgrade and
 *                   check-migration
 * @param java       for a {@code .java} revision, its source and compiled class (sections are then
 *                   empty: the class's upgrade/downgrade methods run instead); empty for SQL files
 */
public record RevisionScript(Revision revision, Path file, String createDate, Section upgrade,
        Optional<Section> downgrade, String checksum, Optional<JavaRevision> java) {

    /** A SQL revision. */
    public RevisionScript(Revision revision, Path file, String createDate, Section upgrade,
            Optional<Section> downgrade, String checksum) {
        this(revision, file, createDate, upgrade, downgrade, checksum, Optional.empty());
    }

    public RevisionScript {
        java = java == null ? Optional.empty() : java;
    }

    public boolean isJava() {
        return java.isPresent();
    }
}
