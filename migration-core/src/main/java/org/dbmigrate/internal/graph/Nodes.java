package org.dbmigrate.internal.graph;

import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dbmigrate.graph.Revision;

/**
 * The graph as int-indexed arrays (index = position in the input list), so traversals over ten
 * thousand revisions touch arrays and bitsets, never per-node collections. Built and validated by
 * {@link GraphBuilder}; immutable afterwards. Every traversal is iterative (a 10k chain must not
 * overflow the stack).
 */
final class Nodes {
    final Revision[] revs;
    final Map<String, Integer> byId;
    /** Branch label to the index of the revision that declares it. */
    final Map<String, Integer> labelOwner;
    /** Revises: parents. */
    final int[][] down;
    /** Depends On:, resolved to indexes. */
    final int[][] deps;
    /** Dependencies not already implied by a versioned ancestor's dependencies. */
    final int[][] normDeps;
    /** Parents plus normalized dependencies: what must be applied right before. */
    final int[][] normDown;
    /** Children by Revises: only. */
    final int[][] next;
    /** Children by Revises: or Depends On:. */
    final int[][] allNext;
    /** Position of each node in {@link #topo} (dependencies and parents first). */
    final int[] topoPos;
    final int[] topo;
    /** Labels after propagation along the branch (what history and heads display). */
    final List<Set<String>> labels;
    /** Nodes without Revises: children (Alembic's heads; dependencies do not count). */
    final int[] heads;
    /** Nodes without any child, dependencies included. */
    final int[] realHeads;
    /** Nodes without Revises:. */
    final int[] bases;

    /** O(1) ancestry through normDown, and through Revises: only; null for huge tangled graphs. */
    private final ChainIndex withDeps;
    private final ChainIndex versioned;

    private final int[] stack;
    private final int[] mark;
    private int generation;

    Nodes(Revision[] revs, Map<String, Integer> byId, Map<String, Integer> labelOwner, int[][] down,
            int[][] deps, int[][] normDeps, int[][] normDown, int[][] next, int[][] allNext, int[] topo,
            List<Set<String>> labels, int[] heads, int[] realHeads, int[] bases, int maxChains) {
        this.revs = revs;
        this.byId = byId;
        this.labelOwner = labelOwner;
        this.down = down;
        this.deps = deps;
        this.normDeps = normDeps;
        this.normDown = normDown;
        this.next = next;
        this.allNext = allNext;
        this.topo = topo;
        this.topoPos = new int[revs.length];
        for (int i = 0; i < topo.length; i++) {
            topoPos[topo[i]] = i;
        }
        this.labels = labels;
        this.heads = heads;
        this.realHeads = realHeads;
        this.bases = bases;
        this.withDeps = ChainIndex.build(normDown, topo, maxChains);
        this.versioned = withDeps == null ? null : ChainIndex.build(down, topo, maxChains);
        this.stack = new int[revs.length];
        this.mark = new int[revs.length];
    }

    int size() {
        return revs.length;
    }

    String id(int node) {
        return revs[node].id();
    }

    /** The given nodes and everything below them (through normalized dependencies when withDeps). */
    BitSet ancestors(int[] starts, boolean withDeps) {
        return closure(starts, withDeps ? normDown : down);
    }

    BitSet ancestors(int start, boolean withDeps) {
        return ancestors(new int[] {start}, withDeps);
    }

    /** The given nodes and everything above them (through dependencies when withDeps). */
    BitSet descendants(int[] starts, boolean withDeps) {
        return closure(starts, withDeps ? allNext : next);
    }

    BitSet descendants(int start, boolean withDeps) {
        return descendants(new int[] {start}, withDeps);
    }

    private BitSet closure(int[] starts, int[][] edges) {
        BitSet seen = new BitSet(revs.length);
        int[] todo = new int[Math.max(16, starts.length)];
        int top = 0;
        for (int s : starts) {
            todo = push(todo, top++, s);
        }
        while (top > 0) {
            int n = todo[--top];
            if (seen.get(n)) {
                continue;
            }
            seen.set(n);
            for (int e : edges[n]) {
                if (!seen.get(e)) {
                    todo = push(todo, top++, e);
                }
            }
        }
        return seen;
    }

    private static int[] push(int[] array, int at, int value) {
        int[] a = at < array.length ? array : Arrays.copyOf(array, array.length * 2);
        a[at] = value;
        return a;
    }

    /**
     * Whether {@code x} is a proper or improper ancestor of one of {@code from} (normalized
     * dependencies included). Prunes below x's topological position, so asking about a recent
     * revision costs little even on a long chain.
     */
    boolean isAncestorOfAny(int x, int[] from) {
        return isAncestorOfAny(x, from, true);
    }

    /** Whether ancestry queries are constant time (else each one searches). */
    boolean hasChainIndex() {
        return withDeps != null && versioned != null;
    }

    /** As {@link #isAncestorOfAny(int, int[])}, through Revises: only unless withDeps. */
    boolean isAncestorOfAny(int x, int[] from, boolean withDeps) {
        ChainIndex index = withDeps ? this.withDeps : this.versioned;
        if (index != null) {
            for (int f : from) {
                if (index.isAncestor(x, f)) {
                    return true;
                }
            }
            return false;
        }
        return searchAncestor(x, from, withDeps ? normDown : down);
    }

    /** Whether x is y or lies below it (normalized dependencies included). */
    boolean isAncestor(int x, int y) {
        return withDeps != null ? withDeps.isAncestor(x, y) : searchAncestor(x, new int[] {y}, normDown);
    }

    private synchronized boolean searchAncestor(int x, int[] from, int[][] edges) {
        int limit = topoPos[x];
        int gen = ++generation;
        if (gen == Integer.MAX_VALUE) {
            Arrays.fill(mark, 0);
            generation = gen = 1;
        }
        int top = 0;
        for (int f : from) {
            if (topoPos[f] >= limit && mark[f] != gen) {
                mark[f] = gen;
                stack[top++] = f;
            }
        }
        while (top > 0) {
            int n = stack[--top];
            if (n == x) {
                return true;
            }
            for (int p : edges[n]) {
                if (topoPos[p] >= limit && mark[p] != gen) {
                    mark[p] = gen;
                    stack[top++] = p;
                }
            }
        }
        return false;
    }

    /** Alembic's "shares lineage": y is an ancestor or descendant of x (or x itself). */
    boolean sharesLineage(int x, int y, boolean withDeps) {
        if (x == y) {
            return true;
        }
        return topoPos[x] < topoPos[y]
                ? isAncestorOfAny(x, new int[] {y}, withDeps)
                : isAncestorOfAny(y, new int[] {x}, withDeps);
    }

    boolean isBranchPoint(int n) {
        return next[n].length > 1;
    }

    boolean isRealBranchPoint(int n) {
        return allNext[n].length > 1;
    }

    boolean isMergePoint(int n) {
        return down[n].length > 1;
    }
}
