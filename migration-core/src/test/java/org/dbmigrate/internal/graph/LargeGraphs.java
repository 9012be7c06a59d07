package org.dbmigrate.internal.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dbmigrate.graph.Revision;

/**
 * Generated revision maps for the large-map test and the benchmark: a long main line in blocks
 * of fifty, where each block forks a side branch of ten revisions that merges back twenty
 * revisions later, plus a second, labelled base line ("aux") that every tenth merge depends on.
 * Ids are {@code r00000}, {@code r00001}, ... in creation order, which is also topological.
 */
public final class LargeGraphs {
    private LargeGraphs() {
    }

    public static List<Revision> mainLineWithBranches(int size) {
        List<Revision> out = new ArrayList<>(size);
        String mainTip = null;
        String auxTip = null;
        int block = 0;
        while (out.size() < size) {
            if (block % 20 == 0) {
                // a few revisions on the aux line; its first carries the label
                for (int k = 0; k < 3 && out.size() < size; k++) {
                    String id = id(out.size());
                    out.add(new Revision(id, auxTip == null ? List.of() : List.of(auxTip),
                            auxTip == null ? Set.of("aux") : Set.of(), List.of(), "aux " + id));
                    auxTip = id;
                }
            }
            String fork = add(out, size, mainTip, "main");
            mainTip = fork;
            String sideTip = fork;
            for (int k = 0; k < 10; k++) {
                sideTip = add(out, size, sideTip, "side");
            }
            for (int k = 0; k < 20; k++) {
                mainTip = add(out, size, mainTip, "main");
            }
            if (out.size() < size && sideTip != null && mainTip != null && !sideTip.equals(mainTip)) {
                String id = id(out.size());
                List<String> deps = block % 10 == 5 && auxTip != null ? List.of(auxTip) : List.of();
                out.add(new Revision(id, List.of(mainTip, sideTip), Set.of(), deps, "merge " + id));
                mainTip = id;
            }
            for (int k = 0; k < 18; k++) {
                mainTip = add(out, size, mainTip, "main");
            }
            block++;
        }
        return out;
    }

    /** One straight line of {@code size} revisions. */
    public static List<Revision> chain(int size) {
        List<Revision> out = new ArrayList<>(size);
        String tip = null;
        for (int i = 0; i < size; i++) {
            tip = add(out, size, tip, "step");
        }
        return out;
    }

    private static String add(List<Revision> out, int size, String parent, String what) {
        if (out.size() >= size) {
            return parent;
        }
        String id = id(out.size());
        out.add(new Revision(id, parent == null ? List.of() : List.of(parent), Set.of(), List.of(), what + " " + id));
        return id;
    }

    private static String id(int n) {
        return String.format("r%05d", n);
    }
}
