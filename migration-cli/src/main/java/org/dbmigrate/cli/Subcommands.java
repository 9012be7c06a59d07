package org.dbmigrate.cli;

import java.util.List;

/** The subcommands of SPEC section 6, in the order {@code --help} lists them. */
final class Subcommands {

    private Subcommands() {
    }

    static List<Object> builtIn() {
        return List.of(new UpgradeSubcommand(), new DowngradeSubcommand(), new CurrentSubcommand(),
                new HistorySubcommand(), new HeadsSubcommand(), new BranchesSubcommand(), new ShowSubcommand(),
                new StampSubcommand(), new RevisionSubcommand(), new MergeSubcommand(),
                new CheckMigrationSubcommand(), new CheckSubcommand(), new PopulateSubcommand(),
                new GraphSubcommand(), new StatusSubcommand(), new LogSubcommand(), new ResolveSubcommand(),
                new CleanSubcommand());
    }
}
