package org.dbmigrate.internal.command.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dbmigrate.graph.Revision;
import org.dbmigrate.internal.graph.RevisionGraph;

/** The text of {@code heads}, {@code branches}, {@code history} and {@code show}, line by line as Alembic 1.8.1 prints it. */
public final class GraphText {

    private final RevisionGraph graph;
    private final RevisionText text;

    public GraphText(RevisionGraph graph, RevisionText text) {
        this.graph = graph;
        this.text = text;
    }

    /** {@code heads [-v]}: one line per head, {@code 003 (audit) (head)}. */
    public List<String> heads(boolean verbose) {
        List<String> lines = new ArrayList<>();
        for (String id : graph.heads()) {
            Revision head = graph.get(id);
            if (verbose) {
                lines.addAll(text.entry(head));
            } else {
                lines.add(text.line(head, RevisionText.Parts.HEADS));
            }
        }
        return lines;
    }

    /**
     * {@code branches [-v]}: each branch point (newest first), then one {@code -> child} line per
     * child indented by the width of the id, then a blank line.
     */
    public List<String> branches(boolean verbose) {
        List<String> lines = new ArrayList<>();
        for (Revision revision : graph.history(null, Set.of())) {
            if (!text.isBranchPoint(revision)) {
                continue;
            }
            if (verbose) {
                lines.addAll(text.entry(revision));
            } else {
                lines.add(text.line(revision, RevisionText.Parts.BRANCH_POINT));
            }
            String indent = " ".repeat(revision.id().length());
            for (Revision child : graph.children(revision.id())) {
                lines.add(indent + " -> " + text.line(child, RevisionText.Parts.branchChild(verbose)));
            }
            lines.add("");
        }
        return lines;
    }

    /** {@code history [-v]}: the given revisions (already newest first), one line or entry each. */
    public List<String> history(List<Revision> revisions, boolean verbose) {
        List<String> lines = new ArrayList<>();
        for (Revision revision : revisions) {
            if (verbose) {
                lines.addAll(text.entry(revision));
            } else {
                lines.add(text.line(revision, RevisionText.Parts.HISTORY));
            }
        }
        return lines;
    }

    /** {@code show}: the verbose entry of each revision. */
    public List<String> show(List<Revision> revisions) {
        List<String> lines = new ArrayList<>();
        revisions.forEach(revision -> lines.addAll(text.entry(revision)));
        return lines;
    }
}
