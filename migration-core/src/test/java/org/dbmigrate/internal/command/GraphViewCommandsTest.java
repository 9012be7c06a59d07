package org.dbmigrate.internal.command;

import org.dbmigrate.command.BranchesCommand;
import org.dbmigrate.command.HeadsCommand;
import org.dbmigrate.command.HistoryCommand;
import org.dbmigrate.command.ShowCommand;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.dbmigrate.error.MigrationError;
import org.dbmigrate.internal.script.RevisionFiles;
import org.dbmigrate.internal.script.TestConfigs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SPEC section 6: heads, branches, history and show read the files and print Alembic's text. */
class GraphViewCommandsTest {

    @TempDir
    Path dir;

    CommandContext context;

    @BeforeEach
    void linearWithABranch() {
        RevisionFiles.write(dir, "001", "", "Create accounts");
        RevisionFiles.write(dir, "002", "001", "Add users");
        RevisionFiles.write(dir, "003", "002", "Add audit");
        RevisionFiles.write(dir, "004", "002", "Add billing");
        context = CommandContext.of(TestConfigs.at(dir));
    }

    @Test
    void heads() {
        HeadsCommand.Result result = new HeadsCommand(context).run(new HeadsCommand.Options(false));
        assertEquals(List.of("003", "004"), result.heads());
        assertEquals(List.of("003 (head)", "004 (head)"), result.lines());
    }

    @Test
    void headsVerboseNamesTheFile() {
        List<String> lines = new HeadsCommand(context).run(new HeadsCommand.Options(true)).lines();
        assertEquals("Rev: 003 (head)", lines.get(0));
        assertEquals("Path: " + dir.resolve("versions/003_add_audit.sql"), lines.get(2));
        assertEquals("    Add audit", lines.get(4));
    }

    @Test
    void branches() {
        assertEquals(List.of("002 (branchpoint)", "    -> 003 (head)", "    -> 004 (head)", ""),
                new BranchesCommand(context).run(new BranchesCommand.Options(false)).lines());
    }

    @Test
    void historyAndRanges() {
        List<String> all = new HistoryCommand(context).run(new HistoryCommand.Options(null, false, false)).lines();
        assertEquals(4, all.size());
        assertEquals("<base> -> 001, Create accounts", all.get(3));
        assertEquals("001 -> 002 (branchpoint), Add users", all.get(2));
        assertEquals(List.of("001 -> 002 (branchpoint), Add users", "<base> -> 001, Create accounts"),
                new HistoryCommand(context).run(new HistoryCommand.Options(":002", false, false)).lines());
        MigrationError e = assertThrows(MigrationError.class,
                () -> new HistoryCommand(context).run(new HistoryCommand.Options("002", false, false)));
        assertTrue(e.getMessage().startsWith("History range requires [start]:[end], [start]:, or :[end]"));
    }

    @Test
    void showResolvesIdentifiers() {
        List<String> lines = new ShowCommand(context).run(new ShowCommand.Options("002")).lines();
        assertEquals(List.of("Rev: 002 (branchpoint)", "Parent: 001", "Branches into: 003, 004"), lines.subList(0, 3));
        assertEquals("Rev: 003 (head)", new ShowCommand(context).run(new ShowCommand.Options("heads")).lines().get(0));
        MigrationError unknown = assertThrows(MigrationError.class,
                () -> new ShowCommand(context).run(new ShowCommand.Options("999")));
        assertTrue(unknown.getMessage().contains("999"), unknown.getMessage());
    }
}
