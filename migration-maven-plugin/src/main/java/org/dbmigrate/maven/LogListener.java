package org.dbmigrate.maven;

import java.io.Console;
import java.time.Duration;
import org.apache.maven.plugin.logging.Log;
import org.dbmigrate.graph.Step;
import org.dbmigrate.runtime.MigrationListener;

/** Progress and warnings of a command, into the Maven log. */
final class LogListener implements MigrationListener {

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
        if (yes) {
            return true;
        }
        Console console = System.console();
        if (console == null) {
            return false;
        }
        String answer = console.readLine("%s [y/N] ", question);
        return answer != null && (answer.strip().equalsIgnoreCase("y") || answer.strip().equalsIgnoreCase("yes"));
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
