package org.dbmigrate.cli;

import org.dbmigrate.command.LogCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "log", description = "The rows of the history table, newest first.")
final class LogSubcommand extends DbManageSubcommand {

    @Option(names = "-n", paramLabel = "N", description = "Only the newest N rows.")
    Integer limit;

    @Mixin
    OutputFormat format;

    @Override
    public Integer call() {
        LogCommand.Result log = migrator().log(new LogCommand.Options(limit));
        return print(format.json() ? migrator().json().of(log) : log);
    }
}
