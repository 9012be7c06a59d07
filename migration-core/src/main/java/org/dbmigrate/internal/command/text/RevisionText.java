package org.dbmigrate.internal.command.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dbmigrate.graph.Revision;
import org.dbmigrate.internal.graph.RevisionGraph;

/**
 * One revision as Alembic 1.8.1 prints it: the one-line form ({@code 001 -> 002 (head), message})
 * with its optional parts, and the verbose entry ({@code Rev: 002 (head)} ... {@code Path:} and
 * the indented header). Flags follow Alembic: a head has no child naming it in {@code Revises:};
 * if some revision depends on it, it is an {@code (effective head)} in the one-line form; labels
 * include those inherited along the branch.
 */
public final class RevisionText {

    /** Which optional parts of the one-line form to show (Alembic's {@code _head_only} switches). */
    public record Parts(boolean branches, boolean doc, boolean parents, boolean treeIndicators) {
        /** {@code heads}: labels and head marker only. */
        public static final Parts HEADS = new Parts(true, false, false, false);
        /** {@code history}: everything. */
        public static final Parts HISTORY = new Parts(true, true, true, true);
        /** A branch point in {@code branches}. */
        public static final Parts BRANCH_POINT = new Parts(true, false, false, true);
        /** {@code current}: id and markers, no labels. */
        public static final Parts CURRENT = new Parts(false, false, false, true);

        public static Parts branchChild(boolean verbose) {
            return new Parts(true, verbose, false, true);
        }
    }

    private final RevisionGraph graph;
    private final RevisionDetails details;
    private final Set<String> current;

    /**
     * @param current the database's heads, marked {@code (current)}; empty when not asked for
     */
    public RevisionText(RevisionGraph graph, RevisionDetails details, Set<String> current) {
        this.graph = graph;
        this.details = details;
        this.current = Set.copyOf(current);
    }

    public boolean isBranchPoint(Revision revision) {
        return graph.isBranchPoint(revision.id());
    }

    /** The one-line form, e.g. {@code 001 -> 002 (audit) (head), Add users table}. */
    public String line(Revision revision, Parts parts) {
        StringBuilder text = new StringBuilder();
        if (parts.parents()) {
            text.append(parents(revision));
            if (!revision.dependsOn().isEmpty()) {
                text.append(" (").append(String.join(", ", revision.dependsOn())).append(')');
            }
            text.append(" -> ");
        }
        text.append(revision.id());
        if (parts.branches() && !graph.branchLabels(revision.id()).isEmpty()) {
            text.append(" (").append(labels(revision)).append(')');
        }
        boolean head = graph.isHead(revision.id());
        boolean realHead = graph.isRealHead(revision.id());
        text.append(realHead ? " (head)" : "");
        text.append(head && !realHead ? " (effective head)" : "");
        text.append(current.contains(revision.id()) ? " (current)" : "");
        if (parts.treeIndicators()) {
            text.append(isBranchPoint(revision) ? " (branchpoint)" : "");
            text.append(revision.isMergePoint() ? " (mergepoint)" : "");
        }
        if (parts.doc()) {
            text.append(", ").append(revision.message());
        }
        return text.toString();
    }

    /**
     * The verbose entry as printed lines: {@code Rev:}, {@code Parent:} or {@code Merges:}, the
     * optional {@code Also depends on:}, {@code Branches into:}, {@code Branch names:}, then
     * {@code Path:}, a blank line, the header indented by four spaces, and a blank line.
     */
    public List<String> entry(Revision revision) {
        List<String> lines = new ArrayList<>();
        lines.add("Rev: " + revision.id()
                + (graph.isHead(revision.id()) ? " (head)" : "")
                + (isBranchPoint(revision) ? " (branchpoint)" : "")
                + (revision.isMergePoint() ? " (mergepoint)" : "")
                + (current.contains(revision.id()) ? " (current)" : ""));
        lines.add((revision.isMergePoint() ? "Merges: " : "Parent: ") + parents(revision));
        if (!revision.dependsOn().isEmpty()) {
            lines.add("Also depends on: " + String.join(", ", revision.dependsOn()));
        }
        if (isBranchPoint(revision)) {
            lines.add("Branches into: " + String.join(", ", graph.children(revision.id()).stream().map(Revision::id).toList()));
        }
        if (!graph.branchLabels(revision.id()).isEmpty()) {
            lines.add("Branch names: " + labels(revision));
        }
        lines.add("Path: " + details.path().apply(revision.id()));
        lines.add("");
        for (String line : headerBlock(details.headerText().apply(revision.id()))) {
            lines.add("    " + line);
        }
        lines.add("");
        return lines;
    }

    /** The header without blank lines at either end (Alembic strips the docstring). */
    private static List<String> headerBlock(List<String> text) {
        int from = 0;
        int to = text.size();
        while (from < to && text.get(from).isBlank()) {
            from++;
        }
        while (to > from && text.get(to - 1).isBlank()) {
            to--;
        }
        List<String> block = new ArrayList<>(text.subList(from, to));
        if (!block.isEmpty()) {
            block.set(0, block.get(0).stripLeading());
            block.set(block.size() - 1, block.get(block.size() - 1).stripTrailing());
        }
        return block;
    }

    private static String parents(Revision revision) {
        return revision.isBase() ? "<base>" : String.join(", ", revision.parents());
    }

    /**
     * Its own and inherited labels (as Alembic shows them), sorted, so the text does not depend on
     * set order (Alembic's order is a Python set's).
     */
    private String labels(Revision revision) {
        return String.join(", ", graph.branchLabels(revision.id()).stream().sorted().toList());
    }
}
