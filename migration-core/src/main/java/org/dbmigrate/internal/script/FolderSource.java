package org.dbmigrate.internal.script;

import java.io.FileInputStream;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dbmigrate.config.Location;
import org.dbmigrate.error.MigrationError;

/** A location that is a folder on disk: listed and read as files, as before class path locations. */
final class FolderSource implements ScriptSource {

    private final Path folder;

    FolderSource(Path folder) {
        this.folder = folder;
    }

    @Override
    public Location location() {
        return Location.folder(folder);
    }

    @Override
    public boolean exists() {
        return Files.isDirectory(folder);
    }

    @Override
    public List<ScriptFile> files(String child, List<String> extensions) {
        return list(child.isEmpty() ? folder : folder.resolve(child), extensions);
    }

    /** The wanted files of one folder, by name; shared with exploded class path folders. */
    static List<ScriptFile> list(Path dir, List<String> extensions) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<Path> paths = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path entry : entries) {
                if (ScriptSource.wanted(entry.getFileName().toString(), extensions) && Files.isRegularFile(entry)) {
                    paths.add(entry);
                }
            }
        } catch (IOException e) {
            // a user's problem (permissions, a vanished mount), not a bug: one line, no stack trace
            throw new MigrationError(dir + ": cannot list the files (" + ScriptFile.reason(e)
                    + "); check that the folder is readable by this user", e);
        }
        paths.sort(null);
        List<ScriptFile> files = new ArrayList<>(paths.size());
        for (Path path : paths) {
            files.add(new ScriptFile(path, () -> read(path)));
        }
        return files;
    }

    /**
     * A file's bytes. A short run reads every revision file before the JIT has compiled anything, and
     * FileInputStream runs a fifth of the code Files.readAllBytes does (2 ms against 8-30 ms for 132
     * files); a failure is read again through Files, whose exception names the reason as before.
     */
    static byte[] read(Path path) throws IOException {
        if (path.getFileSystem() == FileSystems.getDefault()) {
            try (FileInputStream in = new FileInputStream(path.toFile())) {
                return in.readAllBytes();
            } catch (IOException e) {
                // read again below, so the exception is the one Files throws
            }
        }
        return Files.readAllBytes(path);
    }

    @Override
    public Optional<ScriptFile> file(String name) {
        Path path = folder.resolve(name);
        return Files.isRegularFile(path) ? Optional.of(new ScriptFile(path, () -> read(path)))
                : Optional.empty();
    }

    @Override
    public Path pathOf(String name) {
        return folder.resolve(name);
    }
}
