package org.dbmigrate.internal.command;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.dbmigrate.command.RunReport;
import org.dbmigrate.graph.Plan;
import org.dbmigrate.internal.graph.RevisionGraph;
import org.dbmigrate.internal.graph.Stamp;
import org.dbmigrate.runtime.RanStep;

/** Builds the {@link RunReport} of upgrade, downgrade and stamp from what they planned and ran. */
public final class Reports {

    private Reports() {
    }

    public static RunReport online(String command, Plan plan, List<RanStep> ran, RevisionGraph graph, long startNanos) {
        return new RunReport(command, false, List.copyOf(plan.fromHeads()), List.copyOf(plan.toHeads()), ran,
                since(startNanos), atHead(plan.toHeads(), graph), ran.size());
    }

    public static RunReport offline(String command, Plan plan, RevisionGraph graph, long startNanos) {
        return new RunReport(command, true, List.copyOf(plan.fromHeads()), List.copyOf(plan.toHeads()), List.of(),
                since(startNanos), atHead(plan.toHeads(), graph), plan.steps().size());
    }

    public static RunReport stamp(boolean offline, Set<String> before, Stamp stamp, RevisionGraph graph, long startNanos) {
        Set<String> after = stamp.headsAfter();
        return new RunReport("stamp", offline, List.copyOf(before), List.copyOf(after), List.of(), since(startNanos),
                atHead(after, graph), 0);
    }

    private static boolean atHead(Set<String> heads, RevisionGraph graph) {
        return heads.equals(Set.copyOf(graph.heads()));
    }

    private static Duration since(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }
}
