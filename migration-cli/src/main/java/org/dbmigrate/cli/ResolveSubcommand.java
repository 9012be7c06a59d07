package org.dbmigrate.cli;

import org.dbmigrate.command.ResolveCommand;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "resolve", description = "Settle REV, a revision an interrupted run left unfinished, once it has been"
        + " finished (--applied) or undone (--not-applied) by hand.")
final class ResolveSubcommand extends DbManageSubcommand {

    @Parameters(index = "0", paramLabel = "REV", description = "The unfinished revision's id.")
    String revision;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Outcome outcome;

    static final class Outcome {
        @Option(names = "--applied", required = true,
                description = "It was finished by hand: move the version table as the revision would have.")
        boolean applied;

        @Option(names = "--not-applied", required = true,
                description = "What it did was undone by hand: the next run starts it again from its first statement.")
        boolean notApplied;
    }

    @Override
    public Integer call() {
        return print(migrator().resolve(new ResolveCommand.Options(revision, outcome.applied)));
    }
}
