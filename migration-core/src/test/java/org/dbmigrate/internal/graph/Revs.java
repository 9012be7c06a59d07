package org.dbmigrate.internal.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dbmigrate.graph.Direction;
import org.dbmigrate.graph.Plan;
import org.dbmigrate.graph.Revision;
import org.dbmigrate.graph.Step;
import org.dbmigrate.graph.VersionChange;

/** Short builders for graphs written inline in tests, and a small version-table model. */
final class Revs {
    private Revs() {
    }

    static Revision rev(String id, String... parents) {
        return new Revision(id, List.of(parents), Set.of(), List.of(), "msg " + id);
    }

    static Revision labelled(String id, String label, String... parents) {
        return new Revision(id, List.of(parents), Set.of(label), List.of(), "msg " + id);
    }

    static Revision dependent(String id, List<String> dependsOn, String... parents) {
        return new Revision(id, List.of(parents), Set.of(), dependsOn, "msg " + id);
    }

    static RevisionGraph graph(Revision... revisions) {
        return RevisionGraph.of(List.of(revisions));
    }

    static VersionChange ins(String id) {
        return new VersionChange.Insert(id);
    }

    static VersionChange del(String id) {
        return new VersionChange.Delete(id);
    }

    static VersionChange upd(String from, String to) {
        return new VersionChange.Update(from, to);
    }

    /** "up a: [Insert[id=a]]" per step, to compare whole plans in one assertion. */
    static List<String> describe(Plan plan) {
        List<String> out = new ArrayList<>();
        for (Step s : plan.steps()) {
            out.add((s.direction() == Direction.UPGRADE ? "up " : "down ") + s.revision().id() + ": "
                    + s.versionChanges());
        }
        return out;
    }

    static String step(String direction, String id, VersionChange... changes) {
        return direction + " " + id + ": " + List.of(changes);
    }

    static List<String> ids(List<Revision> revisions) {
        return revisions.stream().map(Revision::id).toList();
    }
}
