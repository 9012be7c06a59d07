package org.dbmigrate.internal.graph.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.dbmigrate.graph.Plan;
import org.dbmigrate.graph.Revision;
import org.dbmigrate.internal.graph.LargeGraphs;
import org.dbmigrate.internal.graph.MiniJson;
import org.dbmigrate.internal.graph.RevisionGraph;

/**
 * Times build + heads + history + full upgrade plan (base to heads, with version-row changes) on
 * generated maps of 1,000 and 10,000 revisions ({@link LargeGraphs#mainLineWithBranches}), median
 * of several runs after a warm-up, and the same work done by Alembic 1.8.1 on the same graph in
 * the same run ({@code bench/graph/alembic_bench.py}), as the floor to compare against.
 *
 * <p>Run through {@code bench/graph/run.sh [sizes] [runs]}, e.g. {@code run.sh 1000,10000 9}.
 */
public final class GraphBenchmark {
    private static final String[] OPS = {"build", "heads", "history", "upgrade"};

    private GraphBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("cold")) {
            cold(Integer.parseInt(args[1]));
            return;
        }
        int[] sizes = Arrays.stream((args.length > 0 ? args[0] : "1000,10000").split(","))
                .mapToInt(Integer::parseInt).toArray();
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 9;
        Path alembicBench = Path.of(args.length > 2 ? args[2] : "bench/graph/alembic_bench.py");
        System.out.printf("graph benchmark: median of %d runs, JVM %s, %d cpus%n", runs,
                System.getProperty("java.vm.version"), Runtime.getRuntime().availableProcessors());
        System.out.printf("%-8s %-8s %12s %12s %9s%n", "size", "op", "jvm ms", "alembic ms", "ratio");
        for (int size : sizes) {
            List<Revision> revisions = LargeGraphs.mainLineWithBranches(size);
            Map<String, double[]> jvm = timeJvm(revisions, runs);
            Map<String, double[]> alembic = timeAlembic(alembicBench, revisions, runs, size);
            double jvmTotal = 0;
            double alembicTotal = 0;
            for (String op : OPS) {
                double j = median(jvm.get(op));
                double a = alembic == null ? Double.NaN : median(alembic.get(op));
                jvmTotal += j;
                alembicTotal += a;
                print(size, op, j, a);
            }
            print(size, "total", jvmTotal, alembicTotal);
            if (alembic != null) {
                System.out.printf("%-8d (alembic: %d runs)%n", size, alembic.get("build").length);
            }
        }
    }

    /**
     * One run in a fresh JVM, as a {@code db-manage} invocation does it: no warm-up, so this is
     * mostly class loading and the interpreter.
     */
    private static void cold(int size) {
        List<Revision> revisions = LargeGraphs.mainLineWithBranches(size);
        double[] t = runOnce(revisions);
        System.out.printf("cold JVM, first run, %d revisions: build %.1f ms, heads %.3f ms, history %.1f ms,"
                + " upgrade %.1f ms, total %.1f ms%n", size, t[0], t[1], t[2], t[3], t[0] + t[1] + t[2] + t[3]);
    }

    private static void print(int size, String op, double jvm, double alembic) {
        System.out.printf("%-8d %-8s %12.3f %12s %9s%n", size, op, jvm,
                Double.isNaN(alembic) ? "n/a" : String.format("%.3f", alembic),
                Double.isNaN(alembic) ? "n/a" : String.format(alembic / jvm < 10 ? "%.1fx" : "%.0fx", alembic / jvm));
    }

    /** Warm-up first (two seconds and five rounds at least, for the JIT), then the measured rounds. */
    private static Map<String, double[]> timeJvm(List<Revision> revisions, int runs) {
        long warmUntil = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
        for (int i = 0; i < 5 || System.nanoTime() < warmUntil; i++) {
            runOnce(revisions);
        }
        Map<String, double[]> out = new LinkedHashMap<>();
        for (String op : OPS) {
            out.put(op, new double[runs]);
        }
        for (int i = 0; i < runs; i++) {
            double[] t = runOnce(revisions);
            for (int k = 0; k < OPS.length; k++) {
                out.get(OPS[k])[i] = t[k];
            }
        }
        return out;
    }

    private static double[] runOnce(List<Revision> revisions) {
        long t0 = System.nanoTime();
        RevisionGraph graph = RevisionGraph.of(revisions);
        long t1 = System.nanoTime();
        List<String> heads = graph.heads();
        long t2 = System.nanoTime();
        List<Revision> history = graph.history(null, Set.of());
        long t3 = System.nanoTime();
        Plan plan = graph.upgrade(Set.of(), "heads");
        long t4 = System.nanoTime();
        if (heads.isEmpty() || history.size() != revisions.size() || plan.steps().size() != revisions.size()) {
            throw new IllegalStateException("benchmark graph gave wrong results");
        }
        return new double[] {(t1 - t0) / 1e6, (t2 - t1) / 1e6, (t3 - t2) / 1e6, (t4 - t3) / 1e6};
    }

    /** Alembic on the same graph; null (reported as n/a) when Python or Alembic is not there. */
    @SuppressWarnings("unchecked")
    private static Map<String, double[]> timeAlembic(Path script, List<Revision> revisions, int runs, int size)
            throws IOException, InterruptedException {
        Path json = Files.createTempFile("graph-bench-" + size, ".json");
        try {
            List<Object> out = new ArrayList<>();
            for (Revision r : revisions) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("id", r.id());
                m.put("parents", r.parents());
                m.put("branch_labels", new ArrayList<>(r.branchLabels()));
                m.put("depends_on", r.dependsOn());
                out.add(m);
            }
            Files.writeString(json, MiniJson.write(out), StandardCharsets.UTF_8);
            // about a minute in all for Alembic: fewer runs on the large map if it is slow
            Process p = new ProcessBuilder("/usr/bin/python3", script.toString(), json.toString(),
                    String.valueOf(runs), size >= 10_000 ? "20" : "10")
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            String answer = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
                System.out.println("(alembic timing failed, exit " + p.exitValue() + ")");
                return null;
            }
            Map<String, Object> parsed = (Map<String, Object>) MiniJson.parse(answer.strip());
            Map<String, double[]> times = new LinkedHashMap<>();
            for (String op : OPS) {
                times.put(op, ((List<Object>) parsed.get(op)).stream().mapToDouble(o -> ((Number) o).doubleValue())
                        .toArray());
            }
            return times;
        } finally {
            Files.deleteIfExists(json);
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
