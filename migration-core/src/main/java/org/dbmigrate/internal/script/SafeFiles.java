package org.dbmigrate.internal.script;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file so that it is either complete or absent: the text goes to a temporary file in the
 * same folder (a dot file, which the loader ignores), which is then renamed into place. A full
 * disk or a killed process leaves no empty or half-written revision behind.
 */
final class SafeFiles {

    private SafeFiles() {
    }

    /** Writes {@code file}; fails with FileAlreadyExistsException when it exists and {@code replace} is false. */
    static void write(Path file, String text, boolean replace) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path temp = Files.createTempFile(folder, "." + file.getFileName(), ".tmp");
        try {
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            move(temp, file, replace);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static void move(Path temp, Path file, boolean replace) throws IOException {
        if (!replace) {
            // rename(2) without replacing: fails when another file took the name meanwhile
            Files.move(temp, file);
            return;
        }
        try {
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
