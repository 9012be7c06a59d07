package org.dbmigrate.internal.graph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.dbmigrate.graph.Revision;

/**
 * Turns the parsed headers into {@link Nodes}, failing on the first mistake in this order:
 * duplicate id, self reference, branch label used twice, missing parent or dependency, cycle.
 */
final class GraphBuilder {
    private static final int[] NONE = new int[0];

    private final Revision[] revs;
    private final Map<String, Integer> byId = new LinkedHashMap<>();
    private final Map<String, Integer> labelOwner = new HashMap<>();

    private final int maxChains;

    private GraphBuilder(Collection<Revision> revisions, int maxChains) {
        this.revs = revisions.toArray(new Revision[0]);
        this.maxChains = maxChains;
    }

    static Nodes build(Collection<Revision> revisions, int maxChains) {
        return new GraphBuilder(revisions, maxChains).build();
    }

    private Nodes build() {
        int n = revs.length;
        for (int i = 0; i < n; i++) {
            if (byId.putIfAbsent(revs[i].id(), i) != null) {
                throw new DuplicateRevisionError(revs[i].id());
            }
        }
        for (Revision r : revs) {
            if (r.parents().contains(r.id())) {
                throw new CycleError(List.of(r.id()), false);
            }
            if (r.dependsOn().contains(r.id())) {
                throw new CycleError(List.of(r.id()), true);
            }
        }
        mapLabels();
        int[][] down = new int[n][];
        int[][] deps = new int[n][];
        int[][] allDown = new int[n][];
        for (int i = 0; i < n; i++) {
            down[i] = resolveParents(revs[i]);
            deps[i] = resolveDependencies(revs[i]);
            allDown[i] = concatDistinct(down[i], deps[i]);
        }
        int[][] next = children(down);
        int[][] allNext = children(allDown);
        int[] topo = alreadyInOrder(allDown);
        if (topo == null) {
            topologicalOrder(down, next, false);
            topo = topologicalOrder(allDown, allNext, true);
        }
        int[][] normDeps = normalizeDependencies(down, deps);
        int[][] normDown = new int[n][];
        for (int i = 0; i < n; i++) {
            normDown[i] = concatDistinct(down[i], normDeps[i]);
        }
        List<Set<String>> labels = propagateLabels(down, next, allNext);
        return new Nodes(revs, Map.copyOf(byId), Map.copyOf(labelOwner), down, deps, normDeps, normDown, next,
                allNext, topo, labels, withoutEdges(next), withoutEdges(allNext), withoutEdges(down), maxChains);
    }

    private void mapLabels() {
        for (int i = 0; i < revs.length; i++) {
            for (String label : new TreeSet<>(revs[i].branchLabels())) {
                if (byId.containsKey(label)) {
                    throw new DuplicateBranchLabelError(label, revs[i].id(), label);
                }
                Integer first = labelOwner.putIfAbsent(label, i);
                if (first != null) {
                    throw new DuplicateBranchLabelError(label, revs[i].id(), revs[first].id());
                }
            }
        }
    }

    private int[] resolveParents(Revision r) {
        int[] out = new int[r.parents().size()];
        for (int k = 0; k < out.length; k++) {
            Integer p = byId.get(r.parents().get(k));
            if (p == null) {
                throw new MissingRevisionError(r.id(), r.parents().get(k), false);
            }
            out[k] = p;
        }
        return distinct(out);
    }

    /** A dependency names a revision id or a branch label (the labelled revision). */
    private int[] resolveDependencies(Revision r) {
        int[] out = new int[r.dependsOn().size()];
        for (int k = 0; k < out.length; k++) {
            String dep = r.dependsOn().get(k);
            Integer d = byId.get(dep);
            if (d == null) {
                d = labelOwner.get(dep);
            }
            if (d == null) {
                throw new MissingRevisionError(r.id(), dep, true);
            }
            if (revs[d] == r) {
                throw new CycleError(List.of(r.id()), true);
            }
            out[k] = d;
        }
        return distinct(out);
    }

    private static int[] distinct(int[] a) {
        return concatDistinct(a, NONE);
    }

    private static int[] concatDistinct(int[] a, int[] b) {
        if (b.length == 0 && a.length <= 1) {
            return a.length == 0 ? NONE : a;
        }
        int[] out = new int[a.length + b.length];
        int size = 0;
        outer:
        for (int[] part : new int[][] {a, b}) {
            for (int v : part) {
                for (int k = 0; k < size; k++) {
                    if (out[k] == v) {
                        continue outer;
                    }
                }
                out[size++] = v;
            }
        }
        return size == out.length ? out : Arrays.copyOf(out, size);
    }

    /** Reverses the edges, children in input order. */
    private static int[][] children(int[][] edges) {
        int n = edges.length;
        int[] count = new int[n];
        for (int[] e : edges) {
            for (int p : e) {
                count[p]++;
            }
        }
        int[][] out = new int[n][];
        for (int i = 0; i < n; i++) {
            out[i] = count[i] == 0 ? NONE : new int[count[i]];
            count[i] = 0;
        }
        for (int c = 0; c < n; c++) {
            for (int p : edges[c]) {
                out[p][count[p]++] = c;
            }
        }
        return out;
    }

    /**
     * The input order itself when every revision comes after its parents and dependencies (files
     * named by sequential id usually are): then there is no cycle and nothing to sort.
     */
    private static int[] alreadyInOrder(int[][] up) {
        for (int i = 0; i < up.length; i++) {
            for (int p : up[i]) {
                if (p >= i) {
                    return null;
                }
            }
        }
        return IntStream.range(0, up.length).toArray();
    }

    /**
     * Kahn's algorithm, smallest input index first, so an input that is already in order comes
     * back unchanged. Nodes left over sit on or above a cycle.
     */
    private int[] topologicalOrder(int[][] up, int[][] downEdgesReversed, boolean dependency) {
        int n = revs.length;
        int[] waiting = new int[n];
        PriorityQueue<Integer> ready = new PriorityQueue<>();
        for (int i = 0; i < n; i++) {
            waiting[i] = up[i].length;
            if (waiting[i] == 0) {
                ready.add(i);
            }
        }
        int[] order = new int[n];
        int size = 0;
        while (!ready.isEmpty()) {
            int node = ready.poll();
            order[size++] = node;
            for (int c : downEdgesReversed[node]) {
                if (--waiting[c] == 0) {
                    ready.add(c);
                }
            }
        }
        if (size < n) {
            throw new CycleError(cycleAmong(up, waiting), dependency);
        }
        return order;
    }

    /** Follows unfinished parents from the first unfinished node until one repeats. */
    private List<String> cycleAmong(int[][] up, int[] waiting) {
        int start = 0;
        while (waiting[start] == 0) {
            start++;
        }
        int[] seenAt = new int[revs.length];
        Arrays.fill(seenAt, -1);
        List<Integer> path = new ArrayList<>();
        int node = start;
        while (seenAt[node] < 0) {
            seenAt[node] = path.size();
            path.add(node);
            int parent = -1;
            for (int p : up[node]) {
                if (waiting[p] > 0) {
                    parent = p;
                    break;
                }
            }
            node = parent;
        }
        List<Integer> cycle = new ArrayList<>(path.subList(seenAt[node], path.size()));
        Collections.reverse(cycle);
        // start at the earliest revision so the message does not depend on where the search began
        int first = cycle.indexOf(Collections.min(cycle));
        Collections.rotate(cycle, -first);
        List<String> ids = new ArrayList<>();
        for (int c : cycle) {
            ids.add(revs[c].id());
        }
        return ids;
    }

    /**
     * Drops a dependency that a Revises: ancestor already depends on: it is applied before that
     * ancestor, so it need not be recorded again (Alembic's normalized dependencies).
     */
    private int[][] normalizeDependencies(int[][] down, int[][] deps) {
        int n = revs.length;
        int[][] out = new int[n][];
        boolean any = false;
        for (int i = 0; i < n; i++) {
            out[i] = deps[i];
            any |= deps[i].length > 0;
        }
        if (!any) {
            return out;
        }
        BitSet seen = new BitSet(n);
        int[] stack = new int[n];
        for (int i = 0; i < n; i++) {
            if (deps[i].length == 0) {
                continue;
            }
            BitSet implied = new BitSet(n);
            seen.clear();
            int top = 0;
            for (int p : down[i]) {
                stack[top++] = p;
                seen.set(p);
            }
            while (top > 0) {
                int a = stack[--top];
                for (int d : deps[a]) {
                    implied.set(d);
                }
                for (int p : down[a]) {
                    if (!seen.get(p)) {
                        seen.set(p);
                        stack[top++] = p;
                    }
                }
            }
            int[] kept = Arrays.stream(deps[i]).filter(d -> !implied.get(d)).toArray();
            out[i] = kept.length == deps[i].length ? deps[i] : kept;
        }
        return out;
    }

    /**
     * A label covers its revision and all Revises: descendants; when those form a single line up
     * to a tip, it also covers the ancestors from that line down to (not including) the nearest
     * branch point or merge point, as Alembic does.
     */
    private List<Set<String>> propagateLabels(int[][] down, int[][] next, int[][] allNext) {
        int n = revs.length;
        List<TreeSet<String>> acc = new ArrayList<>(Collections.nCopies(n, null));
        BitSet seen = new BitSet(n);
        int[] stack = new int[n];
        for (int r = 0; r < n; r++) {
            Set<String> own = revs[r].branchLabels();
            if (own.isEmpty()) {
                continue;
            }
            seen.clear();
            int top = 0;
            stack[top++] = r;
            seen.set(r);
            while (top > 0) {
                int node = stack[--top];
                add(acc, node, own);
                for (int c : next[node]) {
                    if (!seen.get(c)) {
                        seen.set(c);
                        stack[top++] = c;
                    }
                }
            }
            int tip = r;
            while (next[tip].length == 1) {
                tip = next[tip][0];
            }
            if (next[tip].length > 1) {
                continue;
            }
            int p = tip;
            while (allNext[p].length <= 1 && down[p].length <= 1) {
                add(acc, p, own);
                if (down[p].length == 0) {
                    break;
                }
                p = down[p][0];
            }
        }
        Map<Set<String>, Set<String>> shared = new HashMap<>();
        List<Set<String>> out = new ArrayList<>(n);
        for (TreeSet<String> s : acc) {
            if (s == null) {
                out.add(Set.of());
            } else {
                out.add(shared.computeIfAbsent(s, k -> Collections.unmodifiableSet(new TreeSet<>(k))));
            }
        }
        return out;
    }

    private static void add(List<TreeSet<String>> acc, int node, Set<String> labels) {
        TreeSet<String> s = acc.get(node);
        if (s == null) {
            s = new TreeSet<>();
            acc.set(node, s);
        }
        s.addAll(labels);
    }

    /** Nodes whose given edge list is empty, in input order. */
    private static int[] withoutEdges(int[][] edges) {
        return IntStream.range(0, edges.length).filter(i -> edges[i].length == 0).toArray();
    }
}
