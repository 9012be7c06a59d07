package org.dbmigrate.graph;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The immutable revision graph, built once from the parsed revision headers. Pure: no JDBC, no
 * files. Semantics follow Alembic 1.8.1 ({@code alembic/script/revision.py}).
 *
 * <p>CONTRACT SKELETON: the method set below is what the rest of the engine codes against; the
 * graph work fills in the bodies (and may add methods).
 */
public final class RevisionGraph {

    private RevisionGraph() {
    }

    /**
     * Builds and validates the graph. Throws a {@code MigrationError} subclass for a duplicate id,
     * a missing parent or dependency, a cycle, or a branch label used twice.
     */
    public static RevisionGraph of(Collection<Revision> revisions) {
        throw new UnsupportedOperationException("graph not built yet");
    }

    /** Every revision, in a stable order (topological, bases first). */
    public List<Revision> revisions() {
        throw new UnsupportedOperationException();
    }

    /** The revision with exactly this id; throws an unknown-revision error naming it otherwise. */
    public Revision get(String id) {
        throw new UnsupportedOperationException();
    }

    public Optional<Revision> find(String id) {
        throw new UnsupportedOperationException();
    }

    /** Revisions no other revision revises (dependencies do not count), in a stable order. */
    public List<String> heads() {
        throw new UnsupportedOperationException();
    }

    public List<String> bases() {
        throw new UnsupportedOperationException();
    }

    /** Direct children (revisions that name {@code id} in Revises:), in a stable order. */
    public List<Revision> children(String id) {
        throw new UnsupportedOperationException();
    }

    /**
     * Resolves one identifier of SPEC section 5 ({@code head}, {@code heads}, {@code base}, a full
     * id, a 4+ character prefix, {@code label@head}, {@code label@id}, {@code +N}, {@code -N},
     * {@code id+N}, {@code id-N}) to revision ids. {@code base} resolves to the empty set.
     * {@code currentHeads} are the database's version rows, used by relative forms.
     */
    public Set<String> resolve(String identifier, Set<String> currentHeads) {
        throw new UnsupportedOperationException();
    }

    /** Steps from the database's heads up to {@code target}; nothing to do gives an empty plan. */
    public Plan upgrade(Set<String> currentHeads, String target) {
        throw new UnsupportedOperationException();
    }

    /** Steps from the database's heads down to {@code target} ({@code base}, {@code -N}, an id...). */
    public Plan downgrade(Set<String> currentHeads, String target) {
        throw new UnsupportedOperationException();
    }

    /**
     * What {@code stamp} does to the version table: from the current rows to the rows for
     * {@code targets}, without running anything. With {@code purge} every row is deleted first.
     */
    public List<VersionChange> stamp(Set<String> currentHeads, List<String> targets, boolean purge) {
        throw new UnsupportedOperationException();
    }

    /**
     * Revisions for {@code history}, newest first. {@code range} is {@code null} for everything, or
     * {@code start:end} with either side empty; {@code current} resolves against currentHeads.
     */
    public List<Revision> history(String range, Set<String> currentHeads) {
        throw new UnsupportedOperationException();
    }
}
