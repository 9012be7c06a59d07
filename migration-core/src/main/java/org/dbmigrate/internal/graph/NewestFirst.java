package org.dbmigrate.internal.graph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * Orders a set of revisions newest first, the way Alembic's topological sort does: walk down one
 * line from the first head (in input order) and emit as it goes, but switch to another head as
 * soon as the next revision is still below that head. Upgrades run this order reversed.
 *
 * <p>"Still below that head" is a constant-time {@link ChainIndex} question. Only for a graph too
 * tangled for the index does each open head keep its ancestor set as a bitset (recomputed at merge
 * points and dependencies, trimmed by one bit along a plain line), as Alembic does.
 */
final class NewestFirst {
    private NewestFirst() {
    }

    static int[] order(Nodes g, BitSet wanted, int[] heads) {
        BitSet todo = (BitSet) wanted.clone();
        int total = todo.cardinality();
        List<Integer> open = new ArrayList<>();
        BitSet isOpen = new BitSet(g.size());
        // heads in input order, as Alembic pre-sorts by the map's insertion order
        int[] sorted = Arrays.stream(heads).filter(h -> h >= 0 && todo.get(h)).distinct().sorted()
                .toArray();
        boolean indexed = g.hasChainIndex();
        List<BitSet> below = new ArrayList<>();
        for (int h : sorted) {
            open.add(h);
            isOpen.set(h);
            below.add(indexed ? null : g.ancestors(h, true));
        }
        int[] out = new int[total];
        int size = 0;
        int current = 0;
        while (!open.isEmpty()) {
            int candidate = open.get(current);
            int other = indexed ? ownerAbove(g, open, candidate, current) : ownerAbove(below, candidate, current);
            if (other >= 0) {
                current = other;
                continue;
            }
            if (todo.get(candidate)) {
                out[size++] = candidate;
                todo.clear(candidate);
            }
            List<Integer> add = new ArrayList<>(2);
            for (int p : g.normDown[candidate]) {
                if (todo.get(p) && !isOpen.get(p)) {
                    add.add(p);
                }
            }
            isOpen.clear(candidate);
            if (add.isEmpty()) {
                open.remove(current);
                below.remove(current);
                current = Math.max(current - 1, 0);
            } else if (g.normDeps[candidate].length == 0 && g.down[candidate].length == 1) {
                open.set(current, add.get(0));
                isOpen.set(add.get(0));
                if (!indexed) {
                    below.get(current).clear(candidate);
                }
            } else {
                open.set(current, add.get(0));
                below.set(current, indexed ? null : g.ancestors(add.get(0), true));
                isOpen.set(add.get(0));
                for (int k = 1; k < add.size(); k++) {
                    open.add(add.get(k));
                    isOpen.set(add.get(k));
                    below.add(indexed ? null : g.ancestors(add.get(k), true));
                }
            }
        }
        if (size != total) {
            throw new IllegalStateException("revisions not reachable from the given heads: " + todo);
        }
        return out;
    }

    /** The first other open head that still has {@code candidate} below it, or -1. */
    private static int ownerAbove(Nodes g, List<Integer> open, int candidate, int current) {
        for (int j = 0; j < open.size(); j++) {
            if (j != current && g.isAncestor(candidate, open.get(j))) {
                return j;
            }
        }
        return -1;
    }

    /** As above, with each open head's ancestors as a bitset (graphs without a chain index). */
    private static int ownerAbove(List<BitSet> below, int candidate, int current) {
        for (int j = 0; j < below.size(); j++) {
            if (j != current && below.get(j).get(candidate)) {
                return j;
            }
        }
        return -1;
    }
}
