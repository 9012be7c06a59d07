package org.dbmigrate.internal.graph;

import org.dbmigrate.graph.Plan;
import org.dbmigrate.graph.Revision;
import org.dbmigrate.graph.Step;
import org.dbmigrate.graph.VersionChange;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.dbmigrate.error.MigrationError;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Issue 13: the expectations of Alembic 1.8.1's own traversal, stamp and current tests, restated as
 * data in {@code alembic-1.8.1-expectations.txt} (its header gives the format). Pure and fast: no
 * Alembic process; the agreement tests ask the real Alembic on other graphs.
 */
class AlembicExpectationsTest {

    @TestFactory
    List<DynamicTest> expectationsOfAlembicsOwnTests() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        Map<String, List<Revision>> graphs = new LinkedHashMap<>();
        String graph = null;
        int lineNumber = 0;
        for (String raw : read().split("\n")) {
            lineNumber++;
            String line = raw.replaceAll("\\s+#.*$", "").strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] words = line.split("\\s+");
            if (words[0].equals("graph")) {
                graph = words[1];
                graphs.put(graph, new ArrayList<>());
            } else if (words[0].equals("rev")) {
                graphs.get(graph).add(revision(words));
            } else {
                List<Revision> revisions = graphs.get(graph);
                String where = graph + " line " + lineNumber + ": " + line;
                tests.add(DynamicTest.dynamicTest(where, () -> check(RevisionGraph.of(revisions), line, where)));
            }
        }
        assertTrue(tests.size() > 60, "expectations read: " + tests.size());
        return tests;
    }

    private static Revision revision(String[] words) {
        String id = words[1];
        List<String> parents = List.of();
        Set<String> labels = Set.of();
        List<String> deps = List.of();
        for (int i = 2; i < words.length; i += 2) {
            switch (words[i]) {
                case "<" -> parents = ids(words[i + 1]);
                case "label" -> labels = Set.of(words[i + 1]);
                case "dep" -> deps = ids(words[i + 1]);
                default -> throw new IllegalArgumentException("unknown word " + words[i]);
            }
        }
        return new Revision(id, parents, labels, deps, "msg " + id);
    }

    private static void check(RevisionGraph g, String line, String where) {
        String[] sides = line.split("\\s*=>\\s*");
        String[] command = sides[0].split("\\s*:\\s*");
        String[] words = command[0].split("\\s+");
        String kind = words[0];
        switch (kind) {
            case "current" -> assertEquals(ids(sides[1]), g.current(Set.copyOf(ids(words[1]))), where);
            case "stamp" -> {
                Set<String> from = Set.copyOf(ids(words[3]));
                List<VersionChange> changes = g.stamp(from, List.of(words[1]), false).changes();
                assertEquals(new TreeSet<>(ids(sides[1])), AlembicAgreementTest.apply(from, changes), where);
            }
            default -> {
                Set<String> from = Set.copyOf(ids(words[3]));
                String target = words[1];
                boolean up = kind.equals("upgrade");
                if (command[1].equals("refused")) {
                    assertThrows(MigrationError.class, () -> plan(g, up, from, target), where);
                    return;
                }
                Plan plan = plan(g, up, from, target);
                assertEquals(ids(command[1]), plan.steps().stream().map(s -> s.revision().id()).toList(),
                        where + ": steps");
                Set<String> rows = from;
                for (Step step : plan.steps()) {
                    rows = AlembicAgreementTest.apply(rows, step.versionChanges());
                }
                assertEquals(new TreeSet<>(ids(sides[1])), rows, where + ": rows");
            }
        }
    }

    private static Plan plan(RevisionGraph g, boolean up, Set<String> from, String target) {
        return up ? g.upgrade(from, target) : g.downgrade(from, target);
    }

    /** "a,b" or "a b" as a list; "-" is empty. */
    private static List<String> ids(String text) {
        return text.equals("-") ? List.of() : Arrays.asList(text.split("[,\\s]+"));
    }

    private static String read() throws IOException {
        try (InputStream in = AlembicExpectationsTest.class.getResourceAsStream("alembic-1.8.1-expectations.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
