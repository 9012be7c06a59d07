package org.dbmigrate.fleet;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.dbmigrate.internal.command.json.Json;

/**
 * What a fleet command did on every target, in the order the targets were listed.
 *
 * @param command  the command's name, for the summary
 * @param outcomes one per target
 * @param parallel how many ran at once
 * @param took     wall time of the whole run
 */
public record FleetResult(String command, List<TargetOutcome> outcomes, int parallel, Duration took) {

    public FleetResult {
        outcomes = List.copyOf(outcomes);
    }

    /** True when every target is done: the exit code. */
    public boolean success() {
        return outcomes.stream().allMatch(o -> o.status() == TargetOutcome.Status.DONE);
    }

    public long count(TargetOutcome.Status status) {
        return outcomes.stream().filter(o -> o.status() == status).count();
    }

    /** How many targets stand at each revision (several heads joined), in revision order. */
    public Map<String, Integer> atRevision() {
        Map<String, Integer> counts = new TreeMap<>();
        outcomes.stream().filter(o -> o.status() != TargetOutcome.Status.NOT_STARTED)
                .forEach(o -> counts.merge(o.revisionText(), 1, Integer::sum));
        return counts;
    }

    /** How many done targets are in each state ({@code status}: up_to_date, pending, problem); empty for other commands. */
    public Map<String, Integer> byState() {
        Map<String, Integer> counts = new TreeMap<>();
        outcomes.stream().filter(o -> o.state() != null).forEach(o -> counts.merge(o.state(), 1, Integer::sum));
        return counts;
    }

    /**
     * The summary table: one line of totals, one per revision with its count, one per failed or
     * not started target with the reason.
     */
    public List<String> summaryLines() {
        List<String> lines = new ArrayList<>();
        long notStarted = count(TargetOutcome.Status.NOT_STARTED);
        lines.add(command + " on " + outcomes.size() + " targets: " + count(TargetOutcome.Status.DONE) + " done, "
                + count(TargetOutcome.Status.FAILED) + " failed" + (notStarted > 0 ? ", " + notStarted + " not started"
                : "") + ", in " + seconds(took) + " (parallel " + parallel + ")");
        int width = atRevision().values().stream().mapToInt(n -> String.valueOf(n).length()).max().orElse(1);
        atRevision().forEach((revision, n) -> lines.add(String.format("  %" + width + "d at %s", n, revision)));
        Map<String, Integer> states = byState();
        if (!states.isEmpty()) {
            lines.add("  " + String.join(", ", states.entrySet().stream().map(e -> e.getValue() + " " + e.getKey())
                    .toList()));
        }
        for (TargetOutcome o : outcomes) {
            if (o.status() == TargetOutcome.Status.FAILED) {
                lines.add("FAILED " + o.target() + ": " + o.error());
            } else if (o.status() == TargetOutcome.Status.NOT_STARTED) {
                lines.add("NOT STARTED " + o.target() + ": " + o.error());
            }
        }
        return List.copyOf(lines);
    }

    /**
     * One line of JSON: {@code {"command":..,"success":..,"total":..,"done":..,"failed":..,"notStarted":..,
     * "ms":..,"parallel":..,"atRevision":{..},"targets":[{"name":..,"status":"done|failed|not_started",
     * "revisions":[..],"error":..,"ms":..,"lines":[..]}]}}}; {@code status} adds {@code "state"} to each done
     * target ({@code up_to_date}, {@code pending}, {@code problem}).
     */
    public String json() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("command", command);
        root.put("success", success());
        root.put("total", outcomes.size());
        root.put("done", count(TargetOutcome.Status.DONE));
        root.put("failed", count(TargetOutcome.Status.FAILED));
        root.put("notStarted", count(TargetOutcome.Status.NOT_STARTED));
        root.put("ms", took.toMillis());
        root.put("parallel", parallel);
        root.put("atRevision", new LinkedHashMap<>(atRevision()));
        List<Object> targets = new ArrayList<>();
        for (TargetOutcome o : outcomes) {
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("name", o.target());
            t.put("status", o.status().name().toLowerCase(Locale.ROOT));
            t.put("revisions", o.revisionsKnown() ? o.revisions() : null);
            if (o.state() != null) {
                t.put("state", o.state());
            }
            t.put("error", o.error());
            t.put("ms", o.took().toMillis());
            t.put("lines", o.lines());
            targets.add(t);
        }
        root.put("targets", targets);
        return Json.write(root);
    }

    static String seconds(Duration d) {
        return String.format(Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
    }
}
