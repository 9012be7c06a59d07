package org.dbmigrate.fleet;

/** Hears of each target as it ends, from the worker threads one at a time (for a progress line). */
@FunctionalInterface
public interface FleetListener {

    FleetListener SILENT = (outcome, done, failed, total) -> { };

    /**
     * @param done   targets ended so far, this one included (failed ones too)
     * @param failed of those, how many failed
     * @param total  targets in the fleet
     */
    void targetEnded(TargetOutcome outcome, int done, int failed, int total);
}
