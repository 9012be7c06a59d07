package org.dbmigrate.internal.graph;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.dbmigrate.graph.Direction;
import org.dbmigrate.graph.Step;
import org.dbmigrate.graph.VersionChange;

/**
 * The version table as the plan goes: one row per applied head. Works out, for each step, which
 * rows to insert, update or delete, with the rules of Alembic's HeadMaintainer: a new branch
 * inserts, a merge deletes all but one of its parents' rows and updates the last, a downgrade
 * past a base (or into another branch's ancestry) deletes, an unmerge inserts. Each step carries
 * the rows it leaves behind, so no one else works them out again from the changes.
 */
final class VersionRows {
    private final Nodes g;
    private final Set<String> rows;

    VersionRows(Nodes g, Set<String> rows) {
        this.g = g;
        this.rows = new LinkedHashSet<>(rows);
    }

    Set<String> rows() {
        return Set.copyOf(rows);
    }

    /** The step that upgrades to {@code rev}: its row changes and the rows after them. */
    Step upgrade(int rev) {
        List<VersionChange> changes = new ArrayList<>(2);
        int[] from = g.normDown[rev];
        List<Integer> present = present(from);
        if (from.length == 0 || present.isEmpty()) {
            insert(changes, g.id(rev));
        } else if (present.size() > 1) {
            List<Integer> merged = notBelowOthers(from, present);
            for (int k = 0; k < merged.size() - 1; k++) {
                delete(changes, g.id(merged.get(k)));
            }
            update(changes, g.id(merged.get(merged.size() - 1)), g.id(rev));
        } else {
            update(changes, g.id(present.get(0)), g.id(rev));
        }
        return new Step(g.revs[rev], Direction.UPGRADE, changes, rows);
    }

    /** The step that reverts {@code rev}: its row changes and the rows after them. */
    Step downgrade(int rev) {
        List<VersionChange> changes = new ArrayList<>(2);
        String id = g.id(rev);
        if (!rows.contains(id)) {
            throw new IllegalStateException("downgrade of " + id + " but the version rows are " + rows);
        }
        int[] to = g.normDown[rev];
        List<Integer> keep = to.length == 0 ? List.of() : notBelowOtherRows(to, rev);
        if (keep.isEmpty()) {
            delete(changes, id);
        } else {
            for (int k = 0; k < keep.size() - 1; k++) {
                insert(changes, g.id(keep.get(k)));
            }
            update(changes, id, g.id(keep.get(keep.size() - 1)));
        }
        return new Step(g.revs[rev], Direction.DOWNGRADE, changes, rows);
    }

    /** Stamp helpers: the same row operations, decided by the caller. */
    void insert(List<VersionChange> changes, String id) {
        if (rows.add(id)) {
            changes.add(new VersionChange.Insert(id));
        }
    }

    void delete(List<VersionChange> changes, String id) {
        if (rows.remove(id)) {
            changes.add(new VersionChange.Delete(id));
        }
    }

    void update(List<VersionChange> changes, String from, String to) {
        if (!rows.remove(from)) {
            throw new IllegalStateException("no version row " + from + " to move to " + to + " in " + rows);
        }
        if (!rows.add(to)) {
            throw new IllegalStateException("version row " + to + " already present in " + rows);
        }
        changes.add(new VersionChange.Update(from, to));
    }

    boolean contains(String id) {
        return rows.contains(id);
    }

    private List<Integer> present(int[] nodes) {
        List<Integer> out = new ArrayList<>(nodes.length);
        for (int n : nodes) {
            if (rows.contains(g.id(n))) {
                out.add(n);
            }
        }
        return out;
    }

    /** The merged parents whose rows go: those not below a row outside the merge. */
    private List<Integer> notBelowOthers(int[] from, List<Integer> present) {
        int[] others = otherRows(from);
        List<Integer> out = new ArrayList<>();
        for (int p : present) {
            if (others.length == 0 || !g.isAncestorOfAny(p, others)) {
                out.add(p);
            }
        }
        return out.isEmpty() ? present : out;
    }

    /** The parents a downgrade moves to, minus those another row already stands on. */
    private List<Integer> notBelowOtherRows(int[] to, int rev) {
        int[] others = otherRows(new int[] {rev});
        List<Integer> out = new ArrayList<>(to.length);
        for (int p : to) {
            if (others.length == 0 || !g.isAncestorOfAny(p, others)) {
                out.add(p);
            }
        }
        return out;
    }

    private int[] otherRows(int[] excluded) {
        List<Integer> out = new ArrayList<>();
        outer:
        for (String row : rows) {
            Integer n = g.byId.get(row);
            if (n == null) {
                continue;
            }
            for (int e : excluded) {
                if (e == n) {
                    continue outer;
                }
            }
            out.add(n);
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }
}
