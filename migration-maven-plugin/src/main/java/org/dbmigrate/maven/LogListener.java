package org.dbmigrate.maven;

import java.time.Duration;
import org.apache.maven.plugin.logging.Log;
import org.dbmigrate.graph.Step;
import org.dbmigrate.runtime.MigrationListener;

/** Progress and warnings of a command, into the Maven log. */
final class LogListener implements MigrationListener {

    private final Log log;

    LogListener(Log log) {
        this.log = log;
    }

    @Override
    public void info(String line) {
        log.info(line);
    }

    @Override
    public void database(String line) {
        log.info(line);
    }

    @Override
    public void warn(String line) {
        log.warn(line);
    }

    @Override
    public void stepStarting(int n, int total, Step step, Duration elapsed) {
        if (log.isDebugEnabled()) {
            log.debug("step " + n + " of " + total + " after " + elapsed.toMillis() + " ms");
        }
    }
}
