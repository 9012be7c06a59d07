package org.dbmigrate.internal.script;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.dbmigrate.config.MigrateConfig;
import org.dbmigrate.error.MigrationError;
import org.dbmigrate.graph.Revision;
import org.dbmigrate.graph.RevisionGraphError;
import org.dbmigrate.internal.graph.RevisionGraph;

/**
 * Graph mistakes told in terms of files. The graph names revisions; a user fixes files, so the
 * mistakes that involve particular files (the same id twice, a missing parent, a label used twice,
 * a cycle) are checked here first, and anything else the graph rejects gets the files of the
 * revisions it names appended.
 */
final class GraphErrors {

    private GraphErrors() {
    }

    static void checkFiles(MigrateConfig config, List<RevisionFileParser.Parsed> parsed) {
        Map<String, RevisionScript> byId = new HashMap<>();
        Map<String, RevisionScript> byLabel = new HashMap<>();
        for (RevisionFileParser.Parsed p : parsed) {
            RevisionScript script = p.script();
            RevisionScript twin = byId.putIfAbsent(script.revision().id(), script);
            if (twin != null) {
                throw new MigrationError("revision id '" + script.revision().id() + "' is used by two files, "
                        + name(config, twin) + " and " + name(config, script) + "; give one of them a new id "
                        + "(file name and '-- Revision:')");
            }
            for (String label : p.header().branchLabels()) {
                RevisionScript owner = byLabel.putIfAbsent(label, script);
                if (owner != null) {
                    throw new MigrationError("branch label '" + label + "' is declared by two files, "
                            + name(config, owner) + " and " + name(config, script)
                            + "; remove it from one '-- Branch Labels:' line");
                }
            }
        }
        for (RevisionScript script : byId.values()) {
            for (String parent : script.revision().parents()) {
                if (!byId.containsKey(parent)) {
                    throw new MigrationError(name(config, script) + ": '-- Revises: " + String.join(", ",
                            script.revision().parents()) + "' names '" + parent + "', but no revision file has that id; "
                            + "correct the id or restore the missing file");
                }
            }
        }
        checkCycles(config, byId);
    }

    /** Depth-first over Revises: links; a link back onto the current path is a cycle. */
    private static void checkCycles(MigrateConfig config, Map<String, RevisionScript> byId) {
        Map<String, Integer> state = new HashMap<>(); // absent: new, 1: on the path, 2: done
        for (String root : byId.keySet()) {
            if (state.containsKey(root)) {
                continue;
            }
            Deque<String> path = new ArrayDeque<>();
            Deque<Iterator<String>> pending = new ArrayDeque<>();
            path.push(root);
            pending.push(byId.get(root).revision().parents().iterator());
            state.put(root, 1);
            while (!path.isEmpty()) {
                Iterator<String> parents = pending.peek();
                if (!parents.hasNext()) {
                    state.put(path.pop(), 2);
                    pending.pop();
                    continue;
                }
                String parent = parents.next();
                Integer seen = state.get(parent);
                if (seen == null) {
                    state.put(parent, 1);
                    path.push(parent);
                    pending.push(byId.get(parent).revision().parents().iterator());
                } else if (seen == 1) {
                    throw cycle(config, byId, path, parent);
                }
            }
        }
    }

    private static MigrationError cycle(MigrateConfig config, Map<String, RevisionScript> byId, Deque<String> path,
            String repeated) {
        List<String> loop = new ArrayList<>();
        for (String id : path) { // from the newest on the path back to where the loop closes
            loop.add(id);
            if (id.equals(repeated)) {
                break;
            }
        }
        String files = loop.stream().map(id -> name(config, byId.get(id))).collect(Collectors.joining(", "));
        return new MigrationError("the Revises: lines form a cycle " + String.join(" -> ", loop) + " -> " + loop.get(0)
                + " (files " + files + "); make one of these revise an older revision");
    }

    /** Builds the graph; a rejection names the files of the revisions mentioned in it. */
    static RevisionGraph build(MigrateConfig config, List<RevisionFileParser.Parsed> parsed) {
        List<Revision> revisions = parsed.stream().map(p -> p.script().revision()).toList();
        try {
            return RevisionGraph.of(revisions);
        } catch (RevisionGraphError e) {
            Map<String, RevisionScript> byId = new HashMap<>();
            parsed.forEach(p -> byId.put(p.script().revision().id(), p.script()));
            String files = e.revisionIds().stream().filter(byId::containsKey)
                    .map(id -> name(config, byId.get(id))).distinct()
                    .collect(Collectors.joining(", "));
            throw files.isEmpty() ? e : new MigrationError(e.getMessage() + " (" + files + ")", e);
        }
    }

    private static String name(MigrateConfig config, RevisionScript script) {
        return ScriptDirectory.displayName(config, script.file());
    }
}
