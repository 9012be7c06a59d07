package org.dbmigrate.internal.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes small revision files (SPEC section 4) into {@code <scriptLocation>/versions} for a test. */
public final class RevisionFiles {

    private final Path versions;

    public RevisionFiles(Path scriptLocation) {
        this.versions = scriptLocation.resolve("versions");
        try {
            Files.createDirectories(versions);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path versions() {
        return versions;
    }

    /** {@code revises} is comma separated, empty for a base; {@code downgrade} null for no section. */
    public Path add(String id, String revises, String message, String upgrade, String downgrade) {
        return add(id, revises, "", message, upgrade, downgrade);
    }

    public Path add(String id, String revises, String labels, String message, String upgrade, String downgrade) {
        StringBuilder text = new StringBuilder();
        text.append("-- ").append(message).append("\n--\n");
        text.append("-- Revision: ").append(id).append('\n');
        text.append("-- Revises: ").append(revises).append('\n');
        text.append("-- Create Date: 2026-11-22 10:15:00\n");
        if (!labels.isEmpty()) {
            text.append("-- Branch Labels: ").append(labels).append('\n');
        }
        text.append("\n-- migrate:upgrade\n").append(upgrade).append('\n');
        if (downgrade != null) {
            text.append("\n-- migrate:downgrade\n").append(downgrade).append('\n');
        }
        return write(id + "_" + message.toLowerCase().replaceAll("[^a-z0-9]+", "_") + ".sql", text.toString());
    }

    public Path write(String fileName, String text) {
        try {
            return Files.writeString(versions.resolve(fileName), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
