package org.dbmigrate.command;

import java.util.List;

/** The result of upgrade, downgrade and stamp: its one summary line, and the report behind it. */
public interface RunResult extends CommandResult {

    RunReport report();

    @Override
    default List<String> lines() {
        return List.of(report().summary());
    }
}
