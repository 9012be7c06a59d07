package org.dbmigrate.internal.script;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes small revision files into a test's script location. */
public final class RevisionFiles {

    private RevisionFiles() {
    }

    /** {@code versions/<id>_<slug>.sql} revising {@code revises} (comma separated, empty for a base). */
    public static Path write(Path scriptLocation, String id, String revises, String message) {
        return write(scriptLocation, id + "_" + message.toLowerCase().replaceAll("[^a-z0-9]+", "_") + ".sql",
                header(id, revises, message, "") + "\n-- migrate:upgrade\nCREATE TABLE t" + id + " (id INT);\n"
                        + "\n-- migrate:downgrade\nDROP TABLE t" + id + ";\n");
    }

    public static String header(String id, String revises, String message, String extraFields) {
        return "-- " + message + "\n--\n-- Revision: " + id + "\n-- Revises: " + revises
                + "\n-- Create Date: 2026-11-22 10:15:00\n" + extraFields;
    }

    public static Path write(Path scriptLocation, String fileName, String text) {
        try {
            Path versions = scriptLocation.resolve("versions");
            Files.createDirectories(versions);
            return Files.writeString(versions.resolve(fileName), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
