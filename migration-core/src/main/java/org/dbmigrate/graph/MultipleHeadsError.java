package org.dbmigrate.graph;

import java.util.List;

/** {@code head} (or {@code label@head}) was asked for, but several heads match. */
public final class MultipleHeadsError extends RevisionGraphError {
    private static final long serialVersionUID = 1L;

    private final List<String> heads;
    private final String argument;

    public MultipleHeadsError(List<String> heads, String argument) {
        super("Multiple heads are present for '" + argument + "': " + String.join(", ", heads)
                + "; please specify a revision id, '<label>@head' for one branch, or 'heads' for all of them");
        this.heads = List.copyOf(heads);
        this.argument = argument;
    }

    public List<String> heads() {
        return heads;
    }

    /** The identifier as the user gave it, e.g. {@code head} or {@code auth@head}. */
    public String argument() {
        return argument;
    }

    @Override
    public List<String> revisionIds() {
        return heads;
    }
}
