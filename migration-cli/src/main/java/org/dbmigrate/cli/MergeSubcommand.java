package org.dbmigrate.cli;

import java.util.ArrayList;
import java.util.List;
import org.dbmigrate.command.MergeCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "merge", description = "Write a revision that merges REVS (e.g. heads).")
final class MergeSubcommand extends DbManageSubcommand {

    @Parameters(arity = "1..*", paramLabel = "REVS", description = "The revisions to merge, or heads.")
    List<String> revisions;

    @Option(names = {"-m", "--message"}, paramLabel = "MSG", description = "What the merge is for.")
    String message;

    @Option(names = "--rev-id", paramLabel = "ID", description = "Use this id instead of the next one.")
    String revId;

    @Option(names = "--branch-label", paramLabel = "L", split = ",", description = "Branch label(s) of the merge.")
    List<String> branchLabels = new ArrayList<>();

    @Override
    public Integer call() {
        return print(migrator().merge(
                new MergeCommand.Options(List.copyOf(revisions), message, revId, List.copyOf(branchLabels))));
    }
}
