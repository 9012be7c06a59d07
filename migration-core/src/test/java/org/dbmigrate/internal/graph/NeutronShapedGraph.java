package org.dbmigrate.internal.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.dbmigrate.graph.Revision;

/**
 * A generated graph of neutron's shape: a straight line up to {@code kilo}, then two long
 * labelled branches from it ({@code expand} and {@code contract}), where some contract revisions
 * depend on an expand revision already written and a few expand revisions depend on a contract
 * one. Ids are random hex (as Alembic's are), so the load order decides ties as it does for
 * Alembic; the list is in creation order, which interleaves the two branches.
 */
public final class NeutronShapedGraph {
    private NeutronShapedGraph() {
    }

    public static List<Revision> generate(long seed, int linear, int expand, int contract) {
        Random random = new Random(seed);
        List<Revision> out = new ArrayList<>();
        String tip = null;
        for (int i = 0; i < linear; i++) {
            String id = i == linear - 1 ? "kilo" : hex(random);
            out.add(new Revision(id, tip == null ? List.of() : List.of(tip), Set.of(), List.of(), "linear " + i));
            tip = id;
        }
        List<String> expandIds = new ArrayList<>();
        List<String> contractIds = new ArrayList<>();
        String expandTip = tip;
        String contractTip = tip;
        while (expandIds.size() < expand || contractIds.size() < contract) {
            boolean onExpand = contractIds.size() >= contract
                    || expandIds.size() < expand && random.nextInt(expand + contract) < expand;
            String id = hex(random);
            List<String> deps = new ArrayList<>();
            if (onExpand) {
                if (!contractIds.isEmpty() && random.nextInt(12) == 0) {
                    deps.add(contractIds.get(random.nextInt(contractIds.size())));
                }
                out.add(new Revision(id, List.of(expandTip), expandIds.isEmpty() ? Set.of("expand") : Set.of(),
                        deps, "expand " + expandIds.size()));
                expandIds.add(id);
                expandTip = id;
            } else {
                if (!expandIds.isEmpty() && random.nextInt(3) == 0) {
                    deps.add(expandIds.get(random.nextInt(expandIds.size())));
                }
                out.add(new Revision(id, List.of(contractTip), contractIds.isEmpty() ? Set.of("contract") : Set.of(),
                        deps, "contract " + contractIds.size()));
                contractIds.add(id);
                contractTip = id;
            }
        }
        return out;
    }

    private static String hex(Random random) {
        return String.format("%012x", random.nextLong() & 0xffffffffffffL);
    }
}
