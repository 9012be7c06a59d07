package org.dbmigrate.internal.graph;

import java.util.BitSet;

/**
 * Constant-time "is x an ancestor of y" for one kind of edge (parents only, or parents plus
 * dependencies). The graph is cut into chains: maximal runs where each revision has one parent,
 * and that parent has no other child. Inside a chain ancestry is a comparison of positions;
 * between chains it is one bit of the lower chain's ancestor set, because a path that leaves a
 * chain always leaves through its top. A migration history is long lines with a few forks and
 * merges, so there are few chains: 10,000 revisions with 200 merges make about 800 chains and
 * 80 KB of bits.
 */
final class ChainIndex {
    /** Above this many chains the bits would cost too much memory; callers fall back to search. */
    static final int MAX_CHAINS = 12_000;

    private final int[] chain;
    private final int[] position;
    private final BitSet[] below;

    private ChainIndex(int[] chain, int[] position, BitSet[] below) {
        this.chain = chain;
        this.position = position;
        this.below = below;
    }

    /** Builds the index, or returns null when the graph has more than {@code maxChains} chains. */
    static ChainIndex build(int[][] up, int[] topo, int maxChains) {
        int n = up.length;
        int[] childCount = new int[n];
        for (int[] parents : up) {
            for (int p : parents) {
                childCount[p]++;
            }
        }
        int[] chain = new int[n];
        int[] position = new int[n];
        int[] bottom = new int[Math.min(n, maxChains) + 1];
        int chains = 0;
        for (int node : topo) {
            int[] parents = up[node];
            if (parents.length == 1 && childCount[parents[0]] == 1) {
                chain[node] = chain[parents[0]];
                position[node] = position[parents[0]] + 1;
            } else {
                if (chains == maxChains) {
                    return null;
                }
                bottom[chains] = node;
                chain[node] = chains++;
                position[node] = 0;
            }
        }
        BitSet[] below = new BitSet[chains];
        // chains are numbered in topological order, so a chain's parents are already done
        for (int c = 0; c < chains; c++) {
            BitSet bits = new BitSet(chains);
            for (int p : up[bottom[c]]) {
                bits.set(chain[p]);
                bits.or(below[chain[p]]);
            }
            below[c] = bits;
        }
        return new ChainIndex(chain, position, below);
    }

    /** Whether x is y or lies below it. */
    boolean isAncestor(int x, int y) {
        int cx = chain[x];
        int cy = chain[y];
        return cx == cy ? position[x] <= position[y] : below[cy].get(cx);
    }
}
