package org.dbmigrate.internal.script;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.dbmigrate.error.MigrationError;

/**
 * Serialises the commands that add files to a versions folder ({@code revision}, {@code merge}), so
 * that two of them at once never pick the same id: the second reads the folder after the first has
 * written its file. An operating-system lock on {@code .dbmigrate.lock} (the loader ignores dot
 * files) covers other processes; a lock in the JVM covers other threads, which the OS lock does not.
 */
public final class FolderLock {

    private static final String LOCK_FILE = ".dbmigrate.lock";
    private static final ReentrantLock IN_THIS_JVM = new ReentrantLock();

    private FolderLock() {
    }

    /** Runs {@code work} while holding the lock of {@code folder} (created when missing). */
    public static <T> T holding(Path folder, Supplier<T> work) {
        IN_THIS_JVM.lock();
        try {
            Files.createDirectories(folder);
            try (FileChannel channel = FileChannel.open(folder.resolve(LOCK_FILE), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE); FileLock ignored = channel.lock()) {
                return work.get();
            }
        } catch (IOException e) {
            throw new MigrationError(folder + ": cannot lock the folder to add a revision (" + e.getMessage()
                    + "); check that it is writable", e);
        } finally {
            IN_THIS_JVM.unlock();
        }
    }
}
