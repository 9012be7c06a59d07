package org.dbmigrate.script;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
        try {
            return new String(content.bytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new MigrationError(shown + ": cannot read (" + e.getMessage() + "); check the file's permissions", e);
        }
    }
}
