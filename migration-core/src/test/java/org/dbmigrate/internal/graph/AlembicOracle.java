package org.dbmigrate.internal.graph;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.dbmigrate.graph.Revision;

/**
 * Asks the real Alembic 1.8.1 (through {@code src/test/python/alembic_oracle.py} and
 * {@code /usr/bin/python3}) about a graph given as {@link Revision}s. Public so the script, command
 * and CLI tests can compare their text output ({@code heads}, {@code branches}, {@code history})
 * with Alembic's: see the query kinds in the harness's docstring.
 *
 * <pre>
 * List&lt;Map&lt;String, Object&gt;&gt; answers = AlembicOracle.ask(revisions,
 *         List.of(AlembicOracle.query("history_text", "verbose", true)));
 * String text = (String) answers.get(0).get("text");
 * </pre>
 */
public final class AlembicOracle {
    /** The system Python that has Alembic; the pyenv {@code python3} on PATH does not. */
    public static final String PYTHON = "/usr/bin/python3";

    private AlembicOracle() {
    }

    /** The harness script, found from the module directory or the repository root. */
    public static Path harness() {
        for (Path p : List.of(Path.of("src/test/python/alembic_oracle.py"),
                Path.of("migration-core/src/test/python/alembic_oracle.py"))) {
            if (Files.isRegularFile(p)) {
                return p.toAbsolutePath();
            }
        }
        throw new IllegalStateException("alembic_oracle.py not found from " + Path.of("").toAbsolutePath());
    }

    /** A query: kind plus key/value pairs, e.g. {@code query("upgrade", "from", List.of(), "target", "head")}. */
    public static Map<String, Object> query(String kind, Object... keyValues) {
        Map<String, Object> q = new LinkedHashMap<>();
        q.put("kind", kind);
        for (int i = 0; i < keyValues.length; i += 2) {
            q.put((String) keyValues[i], keyValues[i + 1]);
        }
        return q;
    }

    /**
     * Alembic's stdout for a text query: {@code heads_text}, {@code branches_text} or
     * {@code history_text}, with options such as {@code "verbose", true} or {@code "range", "a:b"}.
     * Fails (IllegalStateException) when Alembic refuses the query.
     */
    public static String text(List<Revision> revisions, String kind, Object... options) {
        Map<String, Object> answer = ask(revisions, List.of(query(kind, options))).get(0);
        if (answer.containsKey("error")) {
            throw new IllegalStateException("Alembic refuses " + kind + ": " + answer.get("error"));
        }
        return (String) answer.get("text");
    }

    /** One graph and the questions about it. */
    public record Case(List<Revision> revisions, List<Map<String, Object>> queries) {
    }

    /** Runs the harness once for all queries; answers in query order. Fails if Alembic is missing. */
    public static List<Map<String, Object>> ask(List<Revision> revisions, List<Map<String, Object>> queries) {
        return askAll(List.of(new Case(revisions, queries))).get(0);
    }

    /** Several graphs in one run of the harness (Python and Alembic start once, about a second). */
    @SuppressWarnings("unchecked")
    public static List<List<Map<String, Object>>> askAll(List<Case> cases) {
        List<Object> docs = new ArrayList<>();
        for (Case c : cases) {
            docs.add(document(c.revisions(), c.queries()));
        }
        String out = run(MiniJson.write(Map.of("cases", docs)));
        Map<String, Object> answer = (Map<String, Object>) MiniJson.parse(out);
        List<List<Map<String, Object>>> results = new ArrayList<>();
        for (Object c : (List<Object>) answer.get("cases")) {
            results.add((List<Map<String, Object>>) ((Map<String, Object>) c).get("results"));
        }
        return results;
    }

    private static Map<String, Object> document(List<Revision> revisions, List<Map<String, Object>> queries) {
        List<Object> revs = new ArrayList<>();
        for (Revision r : revisions) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", r.id());
            m.put("parents", r.parents());
            m.put("branch_labels", new ArrayList<>(new TreeSet<>(r.branchLabels())));
            m.put("depends_on", r.dependsOn());
            m.put("message", r.message());
            revs.add(m);
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("revisions", revs);
        doc.put("queries", queries);
        return doc;
    }

    private static String run(String input) {
        try {
            Path stderr = Files.createTempFile("alembic_oracle", ".err");
            try {
                Process p = new ProcessBuilder(PYTHON, harness().toString())
                        .redirectError(stderr.toFile()).start();
                p.getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
                p.getOutputStream().close();
                byte[] stdout = p.getInputStream().readAllBytes();
                if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                    throw new IllegalStateException("alembic_oracle.py failed (is Alembic installed for " + PYTHON
                            + "?): " + Files.readString(stderr));
                }
                return new String(stdout, StandardCharsets.UTF_8);
            } finally {
                Files.deleteIfExists(stderr);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + PYTHON + " " + harness(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
