package org.dbmigrate.maven;

import org.apache.maven.plugin.logging.Log;
import org.dbmigrate.runtime.LoggingListener;
import org.dbmigrate.runtime.MigrationListener;

/** Progress and warnings of a command, into the Maven log (the engine's SLF4J listener has the same shape). */
final class LogListener extends LoggingListener {

    private final Log log;
    private final boolean yes;

    LogListener(Log log) {
        this(log, false);
    }

    /** @param yes {@code -Dyes}: confirms destructive goals on a database that is not local */
    LogListener(Log log, boolean yes) {
        this.log = log;
        this.yes = yes;
    }

    /** {@code -Dyes} answers; else a terminal (System.console()) is asked; in batch mode the answer is no. */
    @Override
    public boolean confirm(String question) {
        return yes || MigrationListener.askOnTerminal(System.console(), question);
    }

    @Override
    protected void logInfo(String line) {
        log.info(line);
    }

    /** The database line too: Maven users read it beside the goal's output. */
    @Override
    public void database(String line) {
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
