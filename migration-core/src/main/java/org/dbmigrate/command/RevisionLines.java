package org.dbmigrate.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dbmigrate.graph.Revision;
import org.dbmigrate.graph.RevisionGraph;
import org.dbmigrate.script.RevisionScript;
import org.dbmigrate.script.ScriptDirectory;

/**
 * How {@code current} shows a revision, as Alembic's {@code Script.cmd_format} does: the id, then
 * {@code (head)} when nothing revises it and nothing depends on it, {@code (effective head)} when
 * only dependencies point at it, {@code (branchpoint)}, {@code (mergepoint)}.
 */
final class RevisionLines {

    private final ScriptDirectory scripts;
    private final RevisionGraph graph;

    RevisionLines(ScriptDirectory scripts) {
        this.scripts = scripts;
        this.graph = scripts.graph();
    }

    String brief(String id) {
        Optional<Revision> found = graph.find(id);
        if (found.isEmpty()) {
            return id; // a version row no file defines; the id is all we know
        }
        Revision revision = found.get();
        StringBuilder text = new StringBuilder(id);
        boolean noChildren = graph.children(id).isEmpty();
        boolean depended = graph.revisions().stream().anyMatch(r -> r.dependsOn().contains(id));
        if (noChildren && !depended) {
            text.append(" (head)");
        } else if (noChildren) {
            text.append(" (effective head)");
        }
        if (graph.children(id).size() > 1) {
            text.append(" (branchpoint)");
        }
        if (revision.isMergePoint()) {
            text.append(" (mergepoint)");
        }
        return text.toString();
    }

    /** Alembic's verbose log entry: Rev, Parent, Branch names, Path, then the header indented. */
    List<String> verbose(String id) {
        Optional<Revision> found = graph.find(id);
        if (found.isEmpty()) {
            return List.of("Rev: " + id, "");
        }
        Revision revision = found.get();
        RevisionScript script = scripts.script(id);
        List<String> lines = new ArrayList<>();
        lines.add("Rev: " + brief(id));
        lines.add("Parent: " + (revision.parents().isEmpty() ? "<base>" : String.join(", ", revision.parents())));
        if (!revision.dependsOn().isEmpty()) {
            lines.add("Also depends on: " + String.join(", ", revision.dependsOn()));
        }
        if (!revision.branchLabels().isEmpty()) {
            lines.add("Branch names: " + String.join(", ", revision.branchLabels().stream().sorted().toList()));
        }
        List<Revision> children = graph.children(id);
        if (children.size() > 1) {
            lines.add("Branches into: " + String.join(", ", children.stream().map(Revision::id).toList()));
        }
        lines.add("Path: " + script.file());
        lines.add("");
        lines.add("    " + revision.message());
        lines.add("");
        lines.add("    Revision ID: " + id);
        lines.add("    Revises: " + String.join(", ", revision.parents()));
        lines.add("    Create Date: " + script.createDate());
        lines.add("");
        return lines;
    }

    /** The URL without anything after {@code ?} or {@code ;}, where drivers accept passwords. */
    static String safeUrl(String url) {
        if (url == null) {
            return "the configured DataSource";
        }
        int cut = url.length();
        for (char c : new char[] {'?', ';'}) {
            int at = url.indexOf(c);
            if (at >= 0) {
                cut = Math.min(cut, at);
            }
        }
        return url.substring(0, cut).replaceAll("//[^/@]*@", "//");
    }
}
