package org.dbmigrate.spring.boot;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Prints a failed start-up migration as its one line and the fix, instead of nested stack traces. */
public class DbMigrateFailureAnalyzer extends AbstractFailureAnalyzer<DbMigrateStartupError> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DbMigrateStartupError cause) {
        return new FailureAnalysis("dbmigrate: " + cause.getMessage(), cause.action(), cause);
    }
}
