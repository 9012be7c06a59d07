package org.dbmigrate;

import org.dbmigrate.runtime.LoggingListener;
import org.dbmigrate.runtime.MigrationListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Progress to the SLF4J logger {@code org.dbmigrate}. Only {@link MigratorBuilder} touches this
 * class, and only after finding SLF4J on the class path: the engine runs without SLF4J.
 */
final class Slf4jListener extends LoggingListener {

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
    protected void logInfo(String line) {
        log.info(line);
    }

    @Override
    protected void logWarn(String line) {
        log.warn(line);
    }

    @Override
    protected boolean debugEnabled() {
        return log.isDebugEnabled();
    }

    @Override
    protected void logDebug(String line) {
        log.debug(line);
    }
}
