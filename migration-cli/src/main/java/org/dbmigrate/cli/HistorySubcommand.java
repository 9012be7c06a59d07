package org.dbmigrate.cli;

import org.dbmigrate.command.HistoryCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "history", description = "List the revisions, newest first.")
final class HistorySubcommand extends DbManageSubcommand {

    @Option(names = {"-r", "--rev-range"}, paramLabel = "START:END",
            description = "Only this range; either side may be empty, e.g. 002: or :head.")
    String range;

    @Option(names = {"-i", "--indicate-current"}, description = "Mark the database's current revision(s).")
    boolean indicateCurrent;

    @Mixin
    OutputFormat format;

    @Override
    public Integer call() {
        if (format.json()) {
            return print(migrator().json().history(range, indicateCurrent));
        }
        return print(migrator().history(new HistoryCommand.Options(range, globalOptions().verbose(), indicateCurrent)));
    }
}
