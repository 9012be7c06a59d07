package org.dbmigrate.internal.script;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Benchmark (not a test), run by bench/java-revisions/run. Two questions of issue 7:
 * <ol>
 * <li>does a graph of N {@code .java} revisions load as fast as SQL files (headers only, nothing
 *     compiled)? Against a read-only floor measured in the same run;</li>
 * <li>what does a Java revision cost the first time (javax.tools compile) and then (class cache)?</li>
 * </ol>
 */
public final class JavaRevisionBench {

    private JavaRevisionBench() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int compiled = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int rounds = 5;
        Path dir = Files.createTempDirectory("dbm_javabench_");
        Path cache = Files.createTempDirectory("dbm_javabench_cache_");
        try {
            for (int i = 1; i <= count; i++) {
                String id = String.format("%05d", i);
                String revises = i == 1 ? "" : String.format("%05d", i - 1);
                RevisionFiles.write(dir, id + "_step_" + i + ".java", source(id, revises));
            }
            var config = TestConfigs.at(dir);
            long floor = Long.MAX_VALUE;
            long load = Long.MAX_VALUE;
            for (int round = 0; round < rounds; round++) {
                floor = Math.min(floor, time(() -> readAll(dir)));
                load = Math.min(load, time(() -> ScriptDirectory.load(config, SqlSyntax.forUrl(config.url()),
                        new JavaRevisionCompiler(cache))));
            }
            System.out.printf("java files=%d  read-only floor=%d ms  load with graph=%d ms (%.1fx)%n", count, floor,
                    load, (double) load / floor);

            ScriptDirectory directory = ScriptDirectory.load(config, SqlSyntax.forUrl(config.url()),
                    new JavaRevisionCompiler(cache));
            long cold = time(() -> {
                for (int i = 1; i <= compiled; i++) {
                    directory.script(String.format("%05d", i)).java().orElseThrow().migration();
                }
            });
            ScriptDirectory again = ScriptDirectory.load(config, SqlSyntax.forUrl(config.url()),
                    new JavaRevisionCompiler(cache));
            long warm = time(() -> {
                for (int i = 1; i <= compiled; i++) {
                    again.script(String.format("%05d", i)).java().orElseThrow().migration();
                }
            });
            System.out.printf("first run: %d revisions compiled in %d ms (%.0f ms each); from the cache: %d ms"
                    + " (%.1f ms each, %.0fx faster)%n", compiled, cold, (double) cold / compiled, warm,
                    (double) warm / compiled, (double) cold / Math.max(1, warm));
        } finally {
            delete(dir);
            delete(cache);
        }
    }

    static String source(String id, String revises) {
        return "// Step " + id + "\n//\n// Revision: " + id + "\n// Revises: " + revises + "\n"
                + "// Create Date: 2026-11-22 10:15:00\n\n"
                + "import static org.dbmigrate.operations.Operations.*;\n\n"
                + "import org.dbmigrate.operations.*;\n\n"
                + "class Step" + id + " implements Migration {\n"
                + "    @Override\n    public void upgrade(Operations op) {\n"
                + "        op.createTable(\"t" + id + "\", col(\"id\", integer()).primaryKey(),"
                + " col(\"name\", varchar(50)).notNull());\n"
                + "        op.createIndex(\"ix_t" + id + "\", \"t" + id + "\", \"name\");\n"
                + "    }\n}\n";
    }

    interface Work {
        void run() throws Exception;
    }

    static long time(Work work) throws Exception {
        long start = System.nanoTime();
        work.run();
        return (System.nanoTime() - start) / 1_000_000;
    }

    static void readAll(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir.resolve("versions"))) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Files.readAllBytes(file);
            }
        }
    }

    static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
