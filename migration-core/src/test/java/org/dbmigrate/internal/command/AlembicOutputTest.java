package org.dbmigrate.internal.command;

import org.dbmigrate.command.BranchesCommand;
import org.dbmigrate.command.CurrentCommand;
import org.dbmigrate.command.HeadsCommand;
import org.dbmigrate.command.HistoryCommand;
import org.dbmigrate.command.ShowCommand;
import org.dbmigrate.command.StampCommand;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dbmigrate.graph.Revision;
import org.dbmigrate.internal.graph.NeutronShapedGraph;
import org.dbmigrate.internal.script.RevisionFiles;
import org.dbmigrate.internal.script.ScriptDirectory;
import org.dbmigrate.internal.script.TestConfigs;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SPEC section 6: heads, branches, history and show print exactly what Alembic 1.8.1 prints for
 * the same graph, and {@code current} what Alembic prints for a database stamped with each revision.
 * Alembic is run for real on each graph, loading files in name order as we do, so heads and history
 * must come in Alembic's order. What may legitimately differ is normalised away: Path: lines (ours
 * are .sql files) and what Alembic takes from Python set order (branch label order, the children in
 * {@code branches}, the lines of {@code current}).
 */
@Tag("alembic")
class AlembicOutputTest {

    @TempDir
    Path dir;

    private void revision(String id, String revises, String message, String fields) {
        RevisionFiles.write(dir, id + "_r.sql", RevisionFiles.header(id, revises, message, fields)
                + "\n-- migrate:upgrade\nSELECT 1;\n");
    }

    @Test
    void diamond() throws Exception {
        revision("001", "", "Create base", "");
        revision("002", "001", "Left side", "");
        revision("003", "001", "Right side", "");
        revision("004", "002, 003", "Merge both", "");
        revision("005", "004", "After the merge", "");
        assertSameAsAlembic();
    }

    @Test
    void labelledBranchesWithADependency() throws Exception {
        revision("a001", "", "Core tables", "-- Branch Labels: core\n");
        revision("a002", "a001", "Core users", "");
        revision("b001", "", "Audit base", "-- Branch Labels: audit\n");
        revision("b002", "b001", "Audit log", "-- Depends On: a002\n");
        revision("b003", "b002", "Audit index", "");
        revision("a003", "a002", "Core split", "");
        revision("a004", "a002", "Core other", "-- Branch Labels: extra\n");
        assertSameAsAlembic();
    }

    /** Issue 13: current also shows the applied revisions a row depends on (b2 needs a2). */
    @Test
    void dependencyAcrossBases() throws Exception {
        revision("a1", "", "A one", "");
        revision("a2", "a1", "A two", "");
        revision("a3", "a2", "A three", "");
        revision("b1", "", "B one", "");
        revision("b2", "b1", "B two", "-- Depends On: a2\n");
        revision("b3", "b2", "B three", "");
        assertSameAsAlembic();
    }

    /** Neutron's shape: heads and history must list in Alembic's order, not just the same entries. */
    @Test
    void neutronShaped() throws Exception {
        List<Revision> revisions = NeutronShapedGraph.generate(1, 2, 6, 6);
        assertTrue(revisions.stream().anyMatch(r -> !r.dependsOn().isEmpty()), "dependencies across the branches");
        for (Revision r : revisions) {
            String labels = r.branchLabels().isEmpty() ? "" : "-- Branch Labels: " + String.join(", ", r.branchLabels())
                    + "\n";
            String deps = r.dependsOn().isEmpty() ? "" : "-- Depends On: " + String.join(", ", r.dependsOn()) + "\n";
            revision(r.id(), String.join(", ", r.parents()), r.message(), labels + deps);
        }
        assertSameAsAlembic();
    }

    @Test
    void twoBasesAndTwoHeadsWithEffectiveHead() throws Exception {
        revision("x1", "", "X one", "");
        revision("x2", "x1", "X two", "");
        revision("y1", "", "Y one", "-- Depends On: x2\n");
        revision("y2", "y1", "Y two", "");
        revision("y3", "y1", "Y three", "");
        assertSameAsAlembic();
    }

    private void assertSameAsAlembic() throws Exception {
        CommandContext context = CommandContext.of(TestConfigs.at(dir));
        ScriptDirectory directory = ScriptDirectory.load(context.config());
        Map<String, List<String>> alembic = AlembicViews.of(directory);
        assertInOrder(alembic, "heads", new HeadsCommand(context).run(new HeadsCommand.Options(false)).lines());
        assertInOrder(alembic, "heads -v", new HeadsCommand(context).run(new HeadsCommand.Options(true)).lines());
        assertView(alembic, "branches", new BranchesCommand(context).run(new BranchesCommand.Options(false)).lines());
        assertView(alembic, "branches -v", new BranchesCommand(context).run(new BranchesCommand.Options(true)).lines());
        assertInOrder(alembic, "history",
                new HistoryCommand(context).run(new HistoryCommand.Options(null, false, false)).lines());
        assertInOrder(alembic, "history -v",
                new HistoryCommand(context).run(new HistoryCommand.Options(null, true, false)).lines());
        for (Revision revision : directory.revisions()) {
            assertView(alembic, "show " + revision.id(),
                    new ShowCommand(context).run(new ShowCommand.Options(revision.id())).lines());
        }
        CommandContext database = CommandContext.of(context.config().toBuilder()
                .url("jdbc:h2:mem:current_" + System.nanoTime() + ";DB_CLOSE_DELAY=-1").build());
        for (Revision revision : directory.revisions()) {
            new StampCommand(database).run(new StampCommand.Options(List.of(revision.id()), true, false, null));
            List<String> ours = new ArrayList<>(new CurrentCommand(database).run(new CurrentCommand.Options(false))
                    .lines());
            List<String> theirs = new ArrayList<>(alembic.get("current " + revision.id()));
            ours.sort(null);
            theirs.sort(null);
            assertEquals(theirs, ours, "current after stamp " + revision.id());
        }
    }

    /** Alembic's lines in Alembic's order; only label sets inside a line and Path: lines are normalised. */
    private static void assertInOrder(Map<String, List<String>> alembic, String view, List<String> ours) {
        assertEquals(inOrder(alembic.get(view)), inOrder(ours), view);
    }

    private static List<String> inOrder(List<String> lines) {
        return lines.stream().filter(l -> !l.startsWith("Path: ")).map(AlembicOutputTest::sortLabels)
                .map(AlembicOutputTest::sortChildren).toList();
    }

    private static void assertView(Map<String, List<String>> alembic, String view, List<String> ours) {
        assertEquals(canonical(alembic.get(view)), canonical(ours), view);
    }

    /** Blocks (verbose entries, branch groups, or single lines) with paths dropped, in sorted order. */
    private static List<String> canonical(List<String> lines) {
        List<String> blocks = new ArrayList<>();
        StringBuilder block = new StringBuilder();
        boolean grouped = lines.stream().anyMatch(String::isEmpty);
        for (String line : lines) {
            if (line.startsWith("Path: ")) {
                continue;
            }
            line = sortLabels(line);
            line = sortChildren(line);
            boolean newBlock = grouped ? line.startsWith("Rev: ") || !line.startsWith(" ") && !line.isEmpty()
                    && block.toString().endsWith("\n\n") : true;
            if (newBlock && block.length() > 0) {
                blocks.add(sortChildLines(block.toString()));
                block.setLength(0);
            }
            block.append(line).append('\n');
        }
        if (block.length() > 0) {
            blocks.add(sortChildLines(block.toString()));
        }
        blocks.sort(null);
        return blocks;
    }

    /** "Branches into: y3, y2": Alembic keeps the children in a Python set. */
    private static String sortChildren(String line) {
        if (!line.startsWith("Branches into: ")) {
            return line;
        }
        String[] children = line.substring("Branches into: ".length()).split(", ");
        Arrays.sort(children);
        return "Branches into: " + String.join(", ", children);
    }

    /** "(extra, core)" and "Branch names: extra, core": Alembic keeps labels in a Python set. */
    private static String sortLabels(String line) {
        if (line.startsWith("Branch names: ")) {
            String[] labels = line.substring("Branch names: ".length()).split(", ");
            Arrays.sort(labels);
            return "Branch names: " + String.join(", ", labels);
        }
        Matcher group = Pattern.compile("\\(([A-Za-z0-9_]+(, [A-Za-z0-9_]+)+)\\)").matcher(line);
        StringBuilder out = new StringBuilder();
        while (group.find()) {
            String[] labels = group.group(1).split(", ");
            Arrays.sort(labels);
            group.appendReplacement(out, "(" + String.join(", ", labels) + ")");
        }
        group.appendTail(out);
        return out.toString();
    }

    /** Within a branch group, Alembic lists children in set order. */
    private static String sortChildLines(String block) {
        List<String> lines = new ArrayList<>(Arrays.asList(block.split("\n", -1)));
        List<Integer> childIndexes = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).matches(" +-> .*")) {
                childIndexes.add(i);
            }
        }
        List<String> children = new ArrayList<>(childIndexes.stream().map(lines::get).sorted().toList());
        for (int i = 0; i < childIndexes.size(); i++) {
            lines.set(childIndexes.get(i), children.get(i));
        }
        return String.join("\n", lines);
    }
}
