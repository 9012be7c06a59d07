package org.dbmigrate;

import java.time.Duration;
import org.dbmigrate.graph.Step;
import org.dbmigrate.runtime.MigrationListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Progress to the SLF4J logger {@code org.dbmigrate}. Only {@link MigratorBuilder} touches this
 * class, and only after finding SLF4J on the class path: the engine runs without SLF4J.
 */
final class Slf4jListener implements MigrationListener {

    /** The logger name applications configure. */
    static final String LOGGER = "org.dbmigrate";

    private final Logger log = LoggerFactory.getLogger(LOGGER);

    private Slf4jListener() {
    }

    /** The SLF4J listener when SLF4J is on the class path, else {@link MigrationListener#SILENT}. */
    static MigrationListener ifAvailable() {
        try {
            Class.forName("org.slf4j.LoggerFactory", false, Slf4jListener.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            return MigrationListener.SILENT;
        }
        return new Slf4jListener();
    }

    @Override
    public void info(String line) {
        log.info(line);
    }

    @Override
    public void warn(String line) {
        log.warn(line);
    }

    @Override
    public void stepStarting(int n, int total, Step step, Duration elapsed) {
        log.debug("Step {} of {} after {} ms", n, total, elapsed.toMillis());
    }
}
