package org.dbmigrate.cli;

import org.dbmigrate.command.StatusCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code status}: current revisions, pending ones in run order, missing and changed files. The
 * exit code is for scripts: 0 at head and clean, 4 pending, 5 missing or changed files.
 */
@Command(name = "status", description = "Current and pending revisions, missing and changed files;"
        + " exits 0 at head, 4 when revisions are pending, 5 when files are missing or changed.")
final class StatusSubcommand extends DbManageSubcommand {

    @Mixin
    OutputFormat format;

    @Override
    public Integer call() {
        StatusCommand.Result status = migrator().status(new StatusCommand.Options());
        print(format.json() ? migrator().json().of(status) : status);
        return switch (status.state()) {
            case UP_TO_DATE -> ExitCode.OK;
            case PENDING -> ExitCode.PENDING;
            case PROBLEM -> ExitCode.PROBLEM;
        };
    }
}
