package org.dbmigrate.internal.script;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import org.dbmigrate.error.MigrationError;

/**
 * One file of a {@link ScriptSource}: the path messages name it by, and its content.
 *
 * @param path    a real file for a folder or exploded classes; for a jar entry, the jar's path with
 *                {@code !/} and the entry name (for messages only, never opened)
 * @param content reads the bytes
 */
public record ScriptFile(Path path, Content content) {

    /** Reads a file's bytes. */
    @FunctionalInterface
    public interface Content {
        byte[] bytes() throws IOException;
    }

    public String name() {
        return path.getFileName().toString();
    }

    /** The content as UTF-8 text; an unreadable file is one line naming it as {@code shown}. */
    public String text(String shown) {
        return text(shown, StandardCharsets.UTF_8);
    }

    /**
     * The content in {@code encoding}; bytes that do not decode, or a file that cannot be read, are
     * one line naming it as {@code shown}.
     */
    public String text(String shown, Charset encoding) {
        byte[] bytes;
        try {
            bytes = content.bytes();
        } catch (IOException e) {
            throw new MigrationError(shown + ": cannot read (" + reason(e) + "); check the file's permissions", e);
        }
        return FileText.decode(bytes, encoding, shown);
    }

    /** An I/O failure's reason as the user can act on it (Java names only the path for some). */
    static String reason(IOException e) {
        return e instanceof AccessDeniedException ? "permission denied"
                : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
