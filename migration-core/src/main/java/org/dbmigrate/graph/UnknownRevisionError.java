package org.dbmigrate.graph;

import java.util.List;
import org.dbmigrate.error.Flag;
import org.dbmigrate.error.Wording;
import org.dbmigrate.internal.graph.RevisionGraph;

/** An identifier that names no revision and no branch label. */
public final class UnknownRevisionError extends RevisionGraphError {
    private static final long serialVersionUID = 1L;

    private final String identifier;
    private final boolean versionRow;

    public UnknownRevisionError(String identifier) {
        this(identifier, false);
    }

    private UnknownRevisionError(String identifier, boolean versionRow) {
        super(versionRow
                ? Wording.of("The version table holds revision '" + identifier + "', which no revision declares;"
                        + " restore its file, or reset the table with '", Wording.command("stamp"), " ", Flag.PURGE,
                        " ", Flag.TARGET.is("<revision>"), "'")
                : identifier.length() < RevisionGraph.MIN_PREFIX
                ? Wording.of("No revision or branch label '" + identifier + "'; use at least four characters for a"
                        + " partial revision id")
                : Wording.of("No revision or branch label '" + identifier + "'; run '", Wording.command("history"),
                        "' to list the revisions"));
        this.identifier = identifier;
        this.versionRow = versionRow;
    }

    /** A row of the version table (a current head) that names no known revision. */
    public static UnknownRevisionError inVersionTable(String id) {
        return new UnknownRevisionError(id, true);
    }

    public String identifier() {
        return identifier;
    }

    /** True when the id comes from the database's version table, not from the user. */
    public boolean versionRow() {
        return versionRow;
    }

    @Override
    public List<String> revisionIds() {
        return List.of();
    }
}
