package org.dbmigrate.internal.graph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dbmigrate.graph.MultipleHeadsError;
import org.dbmigrate.graph.Plan;
import org.dbmigrate.graph.Revision;
import org.dbmigrate.graph.RevisionGraphError;
import org.dbmigrate.graph.Revisions;
import org.dbmigrate.graph.Step;
import org.dbmigrate.graph.UnknownRevisionError;
import org.dbmigrate.graph.VersionChange;

/**
 * The immutable revision graph, built once from the parsed revision headers. Pure: no JDBC, no
 * files. Semantics follow Alembic 1.8.1: heads, branch labels, dependencies, identifier
 * resolution, upgrade/downgrade plans with their version-row changes, stamp and history.
 *
 * <p>The order of the input list matters where Alembic's does (its files load in directory
 * order): heads, bases and children are listed in input order, and it breaks ties when a plan
 * walks several branches. The script layer passes revisions sorted by file name.
 *
 * <p>Errors are {@link RevisionGraphError} subclasses (all {@code MigrationError}s):
 * {@link DuplicateRevisionError}, {@link MissingRevisionError}, {@link CycleError},
 * {@link DuplicateBranchLabelError} while building; {@link UnknownRevisionError},
 * {@link AmbiguousPrefixError}, {@link MultipleHeadsError}, {@link NotOnBranchError},
 * {@link RelativeTargetError}, {@link UnreachableTargetError}, {@link OverlappingRevisionsError},
 * {@link BadIdentifierError} while resolving and planning.
 */
public final class RevisionGraph implements Revisions {
    /** The shortest partial revision id that is looked up by prefix. */
    public static final int MIN_PREFIX = 4;

    private final Nodes g;
    private final IdentifierResolver targets;
    private final List<Revision> inTopologicalOrder;
    private final List<String> heads;
    private final List<String> realHeads;
    private final List<String> bases;

    private RevisionGraph(Nodes g) {
        this.g = g;
        this.targets = new IdentifierResolver(g);
        this.heads = ids(g.heads);
        this.realHeads = ids(g.realHeads);
        this.bases = ids(g.bases);
        List<Revision> ordered = new ArrayList<>(g.size());
        for (int n : g.topo) {
            ordered.add(g.revs[n]);
        }
        this.inTopologicalOrder = Collections.unmodifiableList(ordered);
    }

    /**
     * Builds and validates the graph. Throws {@link DuplicateRevisionError}, {@link CycleError}
     * (also for a revision that revises or depends on itself), {@link DuplicateBranchLabelError},
     * or {@link MissingRevisionError} for a parent or dependency that does not exist.
     */
    public static RevisionGraph of(Collection<Revision> revisions) {
        return new RevisionGraph(GraphBuilder.build(revisions, ChainIndex.MAX_CHAINS));
    }

    /** For tests: a graph whose ancestry index allows at most {@code maxChains} chains (0: none). */
    static RevisionGraph of(Collection<Revision> revisions, int maxChains) {
        return new RevisionGraph(GraphBuilder.build(revisions, maxChains));
    }

    // ---- structure -------------------------------------------------------------------------

    /** Every revision, in a stable order (topological: parents and dependencies first). */
    public List<Revision> revisions() {
        return inTopologicalOrder;
    }

    public int size() {
        return g.size();
    }

    /** The revision with exactly this id; throws {@link UnknownRevisionError} otherwise. */
    public Revision get(String id) {
        return g.revs[node(id)];
    }

    public Optional<Revision> find(String id) {
        Integer n = g.byId.get(id);
        return n == null ? Optional.empty() : Optional.of(g.revs[n]);
    }

    /**
     * Revisions no other revision revises (dependencies do not count), in input order: Alembic's
     * heads, what {@code heads} prints and {@code head} must find exactly one of.
     */
    public List<String> heads() {
        return heads;
    }

    /**
     * Revisions nothing revises or depends on: what the identifier {@code heads} upgrades to.
     * A head that another revision depends on is an "effective head" only.
     */
    public List<String> realHeads() {
        return realHeads;
    }

    /** Revisions without a parent, in input order. */
    public List<String> bases() {
        return bases;
    }

    /** Direct children (revisions that name {@code id} in Revises:), in input order. */
    public List<Revision> children(String id) {
        int[] next = g.next[node(id)];
        List<Revision> out = new ArrayList<>(next.length);
        for (int c : next) {
            out.add(g.revs[c]);
        }
        return Collections.unmodifiableList(out);
    }

    /** Dependencies resolved to revision ids (a label in Depends On: becomes its revision). */
    public List<String> dependencies(String id) {
        return ids(g.deps[node(id)]);
    }

    /**
     * The branch labels a revision carries, its own and those it inherits: a label covers its
     * revision, the descendants, and the ancestors back to the branch point. History and heads
     * print these.
     */
    public Set<String> branchLabels(String id) {
        return g.labels.get(node(id));
    }

    /** The revision that declares {@code label}, if any. */
    public Optional<String> labelOwner(String label) {
        Integer n = g.labelOwner.get(label);
        return n == null ? Optional.empty() : Optional.of(g.id(n));
    }

    /** Nothing revises it ({@code (head)} when also a real head, else {@code (effective head)}). */
    public boolean isHead(String id) {
        return g.next[node(id)].length == 0;
    }

    /** Nothing revises it or depends on it. */
    public boolean isRealHead(String id) {
        return g.allNext[node(id)].length == 0;
    }

    /** Revised by two or more revisions ({@code (branchpoint)}). */
    public boolean isBranchPoint(String id) {
        return g.isBranchPoint(node(id));
    }

    /** Revises two or more revisions ({@code (mergepoint)}). */
    public boolean isMergePoint(String id) {
        return g.isMergePoint(node(id));
    }

    /** Whether {@code ancestor} is {@code descendant} or lies below it (dependencies count). */
    public boolean isAncestor(String ancestor, String descendant) {
        return g.isAncestorOfAny(node(ancestor), new int[] {node(descendant)});
    }

    /**
     * What {@code current} shows for these version rows, as Alembic's does: the rows and every
     * revision they need (dependencies included), keeping those no other of them revises. A row
     * that depends on another branch so shows that branch's applied tip too. Rows naming no
     * revision are an {@link UnknownRevisionError}; order is input order.
     */
    public List<String> current(Set<String> rows) {
        BitSet applied = g.ancestors(targets.nodesOf(rows), true);
        List<String> out = new ArrayList<>();
        for (int n = applied.nextSetBit(0); n >= 0; n = applied.nextSetBit(n + 1)) {
            boolean revised = false;
            for (int child : g.next[n]) {
                revised |= applied.get(child);
            }
            if (!revised) {
                out.add(g.id(n));
            }
        }
        return Collections.unmodifiableList(out);
    }

    // ---- identifiers -----------------------------------------------------------------------

    /**
     * Resolves one identifier of SPEC section 5 ({@code head}, {@code heads}, {@code base}, a full
     * id, a 4+ character prefix, a branch label, {@code label@head}, {@code label@base},
     * {@code label@heads}, {@code label@id}, {@code +N}, {@code -N}, {@code id+N}, {@code id-N},
     * {@code label@+N}, {@code label@-N}) to revision ids. {@code base} resolves to the empty set.
     * {@code currentHeads} are the database's version rows, used by the relative forms ({@code +N}
     * walks up as upgrade does, {@code -N} down as downgrade does).
     */
    public Set<String> resolve(String identifier, Set<String> currentHeads) {
        check(identifier);
        if (IdentifierResolver.isRelative(identifier)) {
            int[] current = targets.nodesOf(currentHeads);
            if (identifier.lastIndexOf('+') > identifier.lastIndexOf('-')) {
                return idSet(targets.upgradeTargets(current, identifier));
            }
            int n = targets.downgradeTarget(current, identifier).node();
            return n < 0 ? Set.of() : Set.of(g.id(n));
        }
        return idSet(targets.revisions(identifier));
    }

    /**
     * The one revision {@code identifier} names, empty for {@code base}; {@link MultipleHeadsError}
     * when it names several ({@code head} or {@code heads} with two heads).
     */
    public Optional<String> resolveOne(String identifier) {
        check(identifier);
        int n = targets.revision(identifier);
        return n < 0 ? Optional.empty() : Optional.of(g.id(n));
    }

    /**
     * The heads an offline script ({@code --sql start:end}) assumes are applied: nothing for
     * {@code base} or an empty start, else the one revision {@code start} names.
     */
    public Set<String> startHeads(String start) {
        if (start == null || start.isEmpty() || start.equals("base")) {
            return Set.of();
        }
        return resolveOne(start).map(Set::of).orElse(Set.of());
    }

    // ---- plans -----------------------------------------------------------------------------

    /**
     * Steps from the database's heads up to {@code target} (any identifier, {@code +N}
     * included); nothing to do gives an empty plan. A target already below the current heads is
     * nothing to do, as in Alembic.
     */
    public Plan upgrade(Set<String> currentHeads, String target) {
        check(target);
        int[] current = currentNodes(currentHeads);
        int[] goal = targets.upgradeTargets(current, target);
        checkNoOverlap(goal);
        BitSet needs = g.ancestors(goal, true);
        needs.andNot(g.ancestors(current, true));
        int[] order = NewestFirst.order(g, needs, goal);
        VersionRows rows = new VersionRows(g, currentHeads);
        List<Step> steps = new ArrayList<>(order.length);
        for (int k = order.length - 1; k >= 0; k--) {
            int rev = order[k];
            steps.add(rows.upgrade(rev));
        }
        return new Plan(currentHeads, steps, rows.rows());
    }

    /**
     * Steps from the database's heads down to {@code target}: {@code base}, {@code label@base},
     * {@code -N}, {@code label@-N}, {@code id-N}, an id (which stays applied). Branches that do not
     * stand on the target are left alone. Relative {@code -N} with several heads applied is a
     * {@link RelativeTargetError} (ambiguous walk); a target that is not applied is an
     * {@link UnreachableTargetError}.
     */
    public Plan downgrade(Set<String> currentHeads, String target) {
        check(target);
        int[] current = downgradeNodes(currentHeads);
        IdentifierResolver.Downgrade goal = targets.downgradeTarget(current, target);
        int[] roots;
        if (goal.node() < 0) {
            roots = g.bases;
        } else {
            roots = g.next[goal.node()];
        }
        if (goal.branch() != null && roots.length > 1) {
            BitSet onBranch = g.ancestors(targets.branchNode(goal.branch()), false);
            roots = Arrays.stream(roots).filter(onBranch::get).toArray();
            if (roots.length == 0) {
                throw UnreachableTargetError.downgrade(target, List.copyOf(currentHeads));
            }
        }
        BitSet drop = g.descendants(roots, true);
        drop.and(g.ancestors(current, true));
        if (goal.node() >= 0 && drop.isEmpty() && !contains(current, goal.node())) {
            throw UnreachableTargetError.downgrade(target, List.copyOf(currentHeads));
        }
        int[] order = NewestFirst.order(g, drop, current);
        VersionRows rows = new VersionRows(g, currentHeads);
        List<Step> steps = new ArrayList<>(order.length);
        for (int rev : order) {
            steps.add(rows.downgrade(rev));
        }
        return new Plan(currentHeads, steps, rows.rows());
    }

    /**
     * The single step that reverts {@code id}, which must be one of {@code currentHeads}: for
     * tools that walk the graph one revision at a time (the snake walk of migration-junit), where
     * a downgrade to a target could revert sibling branches too. Throws
     * {@link UnreachableTargetError} when {@code id} is not an applied head.
     */
    public Plan downgradeOne(Set<String> currentHeads, String id) {
        int rev = node(id);
        if (!currentHeads.contains(id)) {
            throw UnreachableTargetError.downgrade(id, List.copyOf(currentHeads));
        }
        VersionRows rows = new VersionRows(g, currentHeads);
        return new Plan(currentHeads, List.of(rows.downgrade(rev)), rows.rows());
    }

    /**
     * What {@code stamp} does to the version table: from the current rows to the rows for
     * {@code targets}, without running anything. A target below or above an applied head moves
     * that row; a target on a branch not applied adds a row; {@code base} removes the rows of the
     * branches it names. With {@code purge} every row is deleted first (even rows naming no known
     * revision).
     */
    public Stamp stamp(Set<String> currentHeads, List<String> targetIds, boolean purge) {
        VersionRows rows = new VersionRows(g, currentHeads);
        List<VersionChange> changes = new ArrayList<>();
        if (purge) {
            for (String row : currentHeads) {
                rows.delete(changes, row);
            }
        }
        // rows have no order; graph order makes the choice of row to update deterministic
        int[] current = purge ? new int[0] : Arrays.stream(downgradeNodes(currentHeads)).sorted().toArray();
        List<String> wanted = targetIds.isEmpty() ? List.of("base") : targetIds;
        LinkedHashSet<Integer> lineage = new LinkedHashSet<>();
        LinkedHashSet<Integer> dests = new LinkedHashSet<>();
        for (String t : wanted) {
            check(t);
            // a relative target (stamp -1) counts from the rows; Alembic cannot stamp those at all
            int[] resolved = IdentifierResolver.isRelative(t) ? nodes(resolve(t, currentHeads))
                    : targets.revisions(t);
            int[] anchors = IdentifierResolver.isRelative(t) ? resolved : targets.lineageAnchors(t);
            for (int h : targets.filterLineage(current, anchors, true)) {
                lineage.add(h);
            }
            for (int d : resolved) {
                dests.add(d);
            }
        }
        if (dests.isEmpty()) {
            for (int h : lineage) {
                rows.delete(changes, g.id(h));
            }
            return new Stamp(changes, rows.rows());
        }
        for (int dest : dests) {
            stampOne(rows, changes, dest, lineage, dests.size() > 1);
        }
        return new Stamp(changes, rows.rows());
    }

    private void stampOne(VersionRows rows, List<VersionChange> changes, int dest, Set<Integer> lineage,
            boolean several) {
        String to = g.id(dest);
        List<Integer> from = new ArrayList<>();
        for (int h : lineage) {
            // with several targets, each moves only the rows of its own lineage that are still there
            if (!several || (rows.contains(g.id(h)) && g.sharesLineage(h, dest, true))) {
                from.add(h);
            }
        }
        if (from.contains(dest)) {
            return;
        }
        boolean above = false;
        boolean below = false;
        for (int h : from) {
            above |= g.isAncestorOfAny(dest, new int[] {h});
            below |= g.isAncestorOfAny(h, new int[] {dest});
        }
        if (!above && !below) {
            rows.insert(changes, to);
            return;
        }
        boolean missing = from.stream().anyMatch(h -> !rows.contains(g.id(h)));
        if (below && !above && missing && !rows.contains(to)) {
            rows.insert(changes, to);
            return;
        }
        for (int k = 0; k < from.size() - 1; k++) {
            rows.delete(changes, g.id(from.get(k)));
        }
        rows.update(changes, g.id(from.get(from.size() - 1)), to);
    }

    // ---- history ---------------------------------------------------------------------------

    /**
     * Revisions for {@code history}, newest first, in Alembic's order. {@code range} is
     * {@code null} for everything, or {@code start:end} with either side empty (base, heads);
     * {@code current} on either side stands for {@code currentHeads}. A start that is not below
     * the end is an {@link UnreachableTargetError}.
     */
    public List<Revision> history(String range, Set<String> currentHeads) {
        String lower = "base";
        String upper = "heads";
        if (range != null) {
            RevisionRange r = RevisionRange.parse(range);
            lower = r.start() == null ? "base" : r.start();
            upper = r.end() == null ? "heads" : r.end();
        }
        int[] current = currentNodes(currentHeads == null ? Set.of() : currentHeads);
        boolean lowerIsCurrent = lower.equals("current");
        int[] lowerNodes = null;
        if (lowerIsCurrent) {
            lowerNodes = current;
        } else if (!IdentifierResolver.isRelative(lower)) {
            check(lower);
            lowerNodes = targets.revisions(lower);
        }
        int[] goal;
        if (upper.equals("current")) {
            goal = current.length == 0 ? g.realHeads : current;
        } else {
            check(upper);
            goal = targets.upgradeTargets(lowerNodes == null ? new int[0] : lowerNodes, upper, true);
        }
        if (lowerNodes == null) {
            int n = targets.downgradeTarget(goal, lower, true).node();
            lowerNodes = n < 0 ? new int[0] : new int[] {n};
        }
        if (!lowerIsCurrent && lower.indexOf('@') >= 0) {
            goal = onBranch(goal, lower.substring(0, lower.indexOf('@')));
        }
        checkNoOverlap(goal);
        BitSet needs = g.ancestors(goal, true);
        for (int l : lowerNodes) {
            if (!needs.get(l)) {
                throw UnreachableTargetError.range(lower, upper);
            }
        }
        if (lowerNodes.length > 0) {
            checkNoOverlap(lowerNodes);
            needs.andNot(g.ancestors(lowerNodes, true));
            for (int l : lowerNodes) {
                needs.set(l);
            }
            needs.and(g.descendants(lowerNodes, false));
        }
        int[] order = NewestFirst.order(g, needs, goal);
        List<Revision> out = new ArrayList<>(order.length);
        for (int n : order) {
            out.add(g.revs[n]);
        }
        return Collections.unmodifiableList(out);
    }

    /** {@code label@...:end} keeps only the ends that carry the label. */
    private int[] onBranch(int[] goal, String branch) {
        String label = branch;
        Integer id = g.byId.get(branch);
        if (id != null) {
            Set<String> labels = g.labels.get(id);
            if (labels.size() != 1) {
                throw new BadIdentifierError(branch + "@", "revision " + branch
                        + " must carry exactly one branch label to be used as a branch name");
            }
            label = labels.iterator().next();
        }
        String wanted = label;
        return Arrays.stream(goal).filter(n -> g.labels.get(n).contains(wanted)).toArray();
    }

    // ---- helpers ---------------------------------------------------------------------------

    private int node(String id) {
        Integer n = g.byId.get(id);
        if (n == null) {
            throw new UnknownRevisionError(id);
        }
        return n;
    }

    private int[] nodes(Collection<String> ids) {
        int[] out = new int[ids.size()];
        int k = 0;
        for (String id : ids) {
            out[k++] = node(id);
        }
        return out;
    }

    private int[] currentNodes(Set<String> currentHeads) {
        int[] current = targets.nodesOf(currentHeads);
        checkNoOverlap(current);
        return current;
    }

    /**
     * The rows a downgrade or stamp starts from: a row below another only through Depends On: is allowed,
     * because Alembic's downgrades leave such rows (a dependency's row stays when its dependent goes).
     */
    private int[] downgradeNodes(Set<String> currentHeads) {
        int[] current = targets.nodesOf(currentHeads);
        checkNoOverlap(current, false);
        return current;
    }

    /** Version rows (or targets) where one lies below another are a broken state. */
    private void checkNoOverlap(int[] nodes) {
        checkNoOverlap(nodes, true);
    }

    private void checkNoOverlap(int[] nodes, boolean withDeps) {
        if (nodes.length < 2) {
            return;
        }
        int[][] edges = withDeps ? g.normDown : g.down;
        int[] parents = Arrays.stream(nodes).flatMap(n -> Arrays.stream(edges[n])).toArray();
        BitSet below = g.ancestors(parents, withDeps);
        for (int n : nodes) {
            if (below.get(n)) {
                for (int m : nodes) {
                    if (m != n && g.isAncestorOfAny(n, new int[] {m}, withDeps)) {
                        throw new OverlappingRevisionsError(g.id(m), g.id(n));
                    }
                }
            }
        }
    }

    private static void check(String identifier) {
        if (identifier == null || identifier.isBlank()) {
            throw new BadIdentifierError(String.valueOf(identifier), "give a revision id, 'head', 'heads' or 'base'");
        }
    }

    private static boolean contains(int[] nodes, int n) {
        for (int m : nodes) {
            if (m == n) {
                return true;
            }
        }
        return false;
    }

    private List<String> ids(int[] nodes) {
        return Collections.unmodifiableList(targets.ids(nodes));
    }

    private Set<String> idSet(int[] nodes) {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        for (int n : nodes) {
            out.add(g.id(n));
        }
        return Collections.unmodifiableSet(out);
    }
}
