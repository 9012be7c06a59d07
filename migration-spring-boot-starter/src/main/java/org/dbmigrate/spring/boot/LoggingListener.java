package org.dbmigrate.spring.boot;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.dbmigrate.runtime.MigrationListener;

/** Sends the engine's lines ({@code Running upgrade 001 -> 002, ...}) to the application's logging. */
final class LoggingListener implements MigrationListener {

    static final Log LOG = LogFactory.getLog("org.dbmigrate");

    @Override
    public void info(String line) {
        LOG.info(line);
    }

    @Override
    public void warn(String line) {
        LOG.warn(line);
    }
}
