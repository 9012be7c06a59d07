package org.dbmigrate.runtime;

import java.time.Duration;
import org.dbmigrate.graph.Step;

/**
 * A listener that writes to a logger: information at info, warnings at warn, each step's start at
 * debug. A subclass names its logger's methods (the engine's SLF4J listener, the Maven plugin's log).
 */
public abstract class LoggingListener implements MigrationListener {

    protected abstract void logInfo(String line);

    protected abstract void logWarn(String line);

    protected abstract boolean debugEnabled();

    protected abstract void logDebug(String line);

    @Override
    public void info(String line) {
        logInfo(line);
    }

    @Override
    public void warn(String line) {
        logWarn(line);
    }

    @Override
    public void stepStarting(int n, int total, Step step, Duration elapsed) {
        if (debugEnabled()) {
            logDebug("Step " + n + " of " + total + " after " + elapsed.toMillis() + " ms");
        }
    }
}
