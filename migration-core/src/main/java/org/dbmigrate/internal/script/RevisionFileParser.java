package org.dbmigrate.internal.script;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.Optional;
import org.dbmigrate.graph.Revision;

/**
 * Turns the text of one {@code <id>_<slug>.sql} file into a {@link RevisionScript}: header,
 * sections, statements and checksum. Every problem is a {@link ScriptFileError} naming the file and
 * the line.
 */
public final class RevisionFileParser {

    private RevisionFileParser() {
    }

    /** A parsed file together with its header as written. */
    public record Parsed(RevisionScript script, RevisionHeader header) {
    }

    /**
     * @param file        where the text came from (its name must start with the id)
     * @param displayName the file as error messages name it, e.g. {@code versions/002_users.sql}
     * @param text        the file's content, any line endings
     * @param syntax      the lexical rules for splitting statements
     */
    public static Parsed parse(Path file, String displayName, String text, SqlSyntax syntax) {
        String content = normalise(text);
        RevisionHeader header = HeaderParser.parse(displayName, content);
        checkFileName(file, displayName, header.id());
        SectionScanner.Sections sections = SectionScanner.scan(displayName, content, syntax);
        Revision revision = new Revision(header.id(), header.revises(), new LinkedHashSet<>(header.branchLabels()),
                header.dependsOn(), header.message());
        RevisionScript script = new RevisionScript(revision, file, header.createDate(), sections.upgrade(),
                sections.downgrade(), checksum(content));
        return new Parsed(script, header);
    }

    /**
     * As {@link #parse}, but only the header now: the sections are split and the checksum computed
     * when first asked for, so loading a large folder reads no more than the graph needs.
     */
    public static Parsed parseHeader(Path file, String displayName, String text, SqlSyntax syntax) {
        String content = normalise(text);
        RevisionHeader header = HeaderParser.parse(displayName, content);
        checkFileName(file, displayName, header.id());
        Revision revision = new Revision(header.id(), header.revises(), new LinkedHashSet<>(header.branchLabels()),
                header.dependsOn(), header.message());
        return new Parsed(RevisionScript.onDemand(revision, file, header.createDate(), content, displayName, syntax),
                header);
    }

    /**
     * A {@code <id>_<slug>.java} revision: the header from its {@code //} comment lines, the source
     * kept for compiling when a plan runs it. Its checksum is the SHA-256 of the source, as for SQL.
     */
    public static Parsed parseJava(Path file, String displayName, String text, JavaRevisionCompiler compiler) {
        String content = normalise(text);
        RevisionHeader header = HeaderParser.parse(displayName, content, "//");
        checkFileName(file, displayName, header.id(), ".java", "//");
        Revision revision = new Revision(header.id(), header.revises(), new LinkedHashSet<>(header.branchLabels()),
                header.dependsOn(), header.message());
        String checksum = checksum(content);
        RevisionScript script = new RevisionScript(revision, file, header.createDate(), Section.empty(),
                Optional.of(Section.empty()), checksum,
                Optional.of(new JavaRevision(file, displayName, content, checksum, compiler)));
        return new Parsed(script, header);
    }

    /** The id a file name announces: the file must be {@code <id>.sql} or {@code <id>_<slug>.sql}. */
    static void checkFileName(Path file, String displayName, String id) {
        checkFileName(file, displayName, id, ".sql", "--");
    }

    private static void checkFileName(Path file, String displayName, String id, String extension, String comment) {
        String name = file.getFileName().toString();
        if (name.equals(id + extension) || name.startsWith(id + "_") && name.endsWith(extension)) {
            return;
        }
        throw new ScriptFileError(displayName, 0, "the file name does not start with its id '" + id
                + "' (from '" + comment + " Revision:')",
                "rename the file to " + id + "_<slug>" + extension + " or correct the '" + comment + " Revision:' line");
    }

    /** SHA-256, lower-case hex, of the content with line endings as {@code \n}. */
    public static String checksum(String text) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(normalise(text).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** Line endings as {@code \n}, and no byte-order mark (an editor adding one changes nothing). */
    static String normalise(String text) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        if (body.indexOf('\r') < 0) {
            return body;
        }
        return body.replace("\r\n", "\n").replace('\r', '\n');
    }
}
