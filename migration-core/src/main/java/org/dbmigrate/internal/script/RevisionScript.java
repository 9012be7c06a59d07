package org.dbmigrate.internal.script;

import java.nio.file.Path;
import java.util.Optional;
import org.dbmigrate.graph.Revision;

/**
 * A revision file: its place in the graph and what it runs.
 *
 * <p>A file read by {@link ScriptDirectory#load} has only its header parsed; its sections and its
 * checksum are computed on first use, so graph commands never split statements and an upgrade
 * splits only the revisions its plan runs ({@code PlanRunner.check} does that before anything runs).
 *
 * <ul>
 * <li>{@link #revision()}: the header facts</li>
 * <li>{@link #file()}: where it was read from (named in every error about it)</li>
 * <li>{@link #createDate()}: the {@code Create Date:} header as written, or empty</li>
 * <li>{@link #upgrade()}: the {@code -- migrate:upgrade} section</li>
 * <li>{@link #downgrade()}: the {@code -- migrate:downgrade} section; empty when the file has none</li>
 * <li>{@link #checksum()}: SHA-256 (lower-case hex) of the file's content with line endings normalised
 *     to {@code \n}, stored in {@code migrate_history} and compared by upgrade and check-migration</li>
 * <li>{@link #java()}: for a {@code .java} revision, its source and compiled class (sections are then
 *     empty: the class's upgrade/downgrade methods run instead); empty for SQL files</li>
 * </ul>
 */
public final class RevisionScript {

    private final Revision revision;
    private final Path file;
    private final String createDate;
    private final Optional<JavaRevision> java;
    /** The text still to split and hash; null once both are done. */
    private String content;
    private String displayName;
    private SqlSyntax syntax;
    private Section upgrade;
    private Optional<Section> downgrade;
    private String checksum;

    public RevisionScript(Revision revision, Path file, String createDate, Section upgrade,
            Optional<Section> downgrade, String checksum, Optional<JavaRevision> java) {
        this.revision = revision;
        this.file = file;
        this.createDate = createDate;
        this.upgrade = upgrade;
        this.downgrade = downgrade;
        this.checksum = checksum;
        this.java = java == null ? Optional.empty() : java;
    }

    /** A SQL revision. */
    public RevisionScript(Revision revision, Path file, String createDate, Section upgrade,
            Optional<Section> downgrade, String checksum) {
        this(revision, file, createDate, upgrade, downgrade, checksum, Optional.empty());
    }

    /** A SQL revision whose sections and checksum come from {@code content} when first asked for. */
    static RevisionScript onDemand(Revision revision, Path file, String createDate, String content,
            String displayName, SqlSyntax syntax) {
        RevisionScript script = new RevisionScript(revision, file, createDate, null, null, null);
        script.content = content;
        script.displayName = displayName;
        script.syntax = syntax;
        return script;
    }

    public Revision revision() {
        return revision;
    }

    public Path file() {
        return file;
    }

    public String createDate() {
        return createDate;
    }

    /** @throws ScriptFileError when the file's sections are malformed */
    public Section upgrade() {
        split();
        return upgrade;
    }

    /** @throws ScriptFileError when the file's sections are malformed */
    public Optional<Section> downgrade() {
        split();
        return downgrade;
    }

    public synchronized String checksum() {
        if (checksum == null) {
            checksum = RevisionFileParser.checksum(content);
            release();
        }
        return checksum;
    }

    public Optional<JavaRevision> java() {
        return java;
    }

    public boolean isJava() {
        return java.isPresent();
    }

    private synchronized void split() {
        if (upgrade == null) {
            SectionScanner.Sections sections = SectionScanner.scan(displayName, content, syntax);
            upgrade = sections.upgrade();
            downgrade = sections.downgrade();
            release();
        }
    }

    private void release() {
        if (upgrade != null && checksum != null) {
            content = null;
            displayName = null;
            syntax = null;
        }
    }

    @Override
    public String toString() {
        return "RevisionScript[" + revision.id() + ", " + file + "]";
    }
}
