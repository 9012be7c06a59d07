package org.dbmigrate.internal.script;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Benchmark (not a test): how long {@link ScriptDirectory#load} takes for N revision files, against
 * a floor measured in the same run (only reading the same files' bytes). Run by bench/script-load/run.
 *
 * <p>The graph is a long line with a branch and a merge every 50 revisions, labels every 500.
 */
public final class LoadBench {

    private LoadBench() {
    }

    public static void main(String[] args) throws IOException {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Path dir = Files.createTempDirectory("dbm_bench_");
        generate(dir, count);
        var config = TestConfigs.at(dir);
        long floor = Long.MAX_VALUE;
        long parse = Long.MAX_VALUE;
        long load = Long.MAX_VALUE;
        for (int round = 0; round < rounds; round++) {
            floor = Math.min(floor, time(() -> readAll(dir)));
            parse = Math.min(parse, time(() -> parseAll(dir)));
            load = Math.min(load, time(() -> ScriptDirectory.load(config)));
        }
        System.out.printf("files=%d  read-only floor=%d ms  parse=%d ms (%.1fx)  load with graph=%d ms (%.1fx)%n",
                count, floor, parse, (double) parse / floor, load, (double) load / floor);
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    static void generate(Path dir, int count) {
        String previous = "";
        List<String> pendingMerge = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            String id = String.format("%05d", i);
            String revises = previous;
            String extra = i % 500 == 0 ? "-- Branch Labels: l" + i + "\n" : "";
            if (i % 50 == 1 && i > 1) {
                // a side branch off the previous revision, merged two revisions later
                String side = id + "b";
                RevisionFiles.write(dir, side + "_side.sql", body(side, previous, ""));
                pendingMerge.add(side);
            }
            if (i % 50 == 3 && !pendingMerge.isEmpty()) {
                revises = previous + ", " + pendingMerge.remove(0);
            }
            RevisionFiles.write(dir, id + "_step_" + i + ".sql", body(id, revises, extra));
            previous = id;
        }
    }

    private static String body(String id, String revises, String extra) {
        return RevisionFiles.header(id, revises, "Step " + id, extra) + "\n-- migrate:upgrade\n"
                + "CREATE TABLE t" + id + " (\n  id INT PRIMARY KEY,\n  name VARCHAR(50) NOT NULL DEFAULT 'x;y'\n);\n"
                + "INSERT INTO t" + id + " VALUES (1, 'it''s');\n"
                + "\n-- migrate:downgrade\nDROP TABLE t" + id + ";\n";
    }

    private static void readAll(Path dir) {
        try (Stream<Path> files = Files.list(dir.resolve("versions"))) {
            files.forEach(f -> {
                try {
                    Files.readAllBytes(f);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void parseAll(Path dir) {
        try (Stream<Path> files = Files.list(dir.resolve("versions"))) {
            files.forEach(f -> {
                try {
                    RevisionFileParser.parse(f, f.getFileName().toString(), Files.readString(f), SqlSyntax.STANDARD);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long time(Runnable work) {
        long start = System.nanoTime();
        try {
            work.run();
        } catch (UnsupportedOperationException e) {
            return -1; // the graph is not built yet
        }
        return (System.nanoTime() - start) / 1_000_000;
    }
}
