package org.dbmigrate.internal.graph;

import org.dbmigrate.graph.Plan;
import org.dbmigrate.graph.Revision;
import org.dbmigrate.graph.VersionChange;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.dbmigrate.error.MigrationError;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Issue 2: the graph must agree with Alembic 1.8.1. Each test builds one topology, asks the real
 * Alembic (offline --sql) through {@link AlembicOracle} and compares heads, history order, the
 * order of upgrade/downgrade steps and the version rows after every step, and stamp results.
 * Fails, never skips, when /usr/bin/python3 has no Alembic.
 *
 * <p>Where Alembic picks rows from a Python set (which parent row a merge updates), only the rows
 * after each step are compared, not which UPDATE/DELETE produced them.
 */
@Tag("alembic")
class AlembicAgreementTest {

    /** Every scenario's answers, from one run of the harness. */
    private static final Map<String, List<Map<String, Object>>> ANSWERS = new HashMap<>();
    private static final Map<String, Scenario> SCENARIOS = new LinkedHashMap<>();

    private record Scenario(List<Revision> revisions, Check[] checks) {
    }

    @BeforeAll
    static void askAlembic() {
        scenarios();
        List<AlembicOracle.Case> cases = new ArrayList<>();
        for (Scenario s : SCENARIOS.values()) {
            List<Map<String, Object>> queries = new ArrayList<>();
            for (Check c : s.checks()) {
                queries.add(c.query());
            }
            cases.add(new AlembicOracle.Case(s.revisions(), queries));
        }
        List<List<Map<String, Object>>> answers = AlembicOracle.askAll(cases);
        int i = 0;
        for (String name : SCENARIOS.keySet()) {
            ANSWERS.put(name, answers.get(i++));
        }
    }

    @Test
    void systemPythonHasAlembic181() throws Exception {
        Process p = new ProcessBuilder(AlembicOracle.PYTHON, "-c",
                "import alembic, sys; sys.exit(0 if alembic.__version__.startswith('1.8') else 3)")
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        p.waitFor(30, TimeUnit.SECONDS);
        assertEquals(0, p.exitValue(), "/usr/bin/python3 must import Alembic 1.8 (CI installs it): " + out);
    }

    /** The text views the script layer formats (it compares with these through {@link AlembicOracle#text}). */
    @Test
    void oracleGivesAlembicsTextViews() {
        List<Revision> revs = List.of(rev("a"), rev("b", "a"), rev("c", "a"), rev("d", "b", "c"));
        List<Map<String, Object>> texts = AlembicOracle.ask(revs, List.of(AlembicOracle.query("heads_text"),
                AlembicOracle.query("history_text"), AlembicOracle.query("history_text", "verbose", true),
                AlembicOracle.query("branches_text")));
        assertEquals("d (head)\n", texts.get(0).get("text"));
        assertEquals("b, c -> d (head) (mergepoint), msg d\na -> b, msg b\na -> c, msg c\n"
                + "<base> -> a (branchpoint), msg a\n", texts.get(1).get("text"));
        String verbose = (String) texts.get(2).get("text");
        assertTrue(verbose.contains("Path: $SCRIPT_LOCATION/versions/r000003_d.py"), verbose);
        // children of a branch point come from a Python set: their order is not fixed
        assertTrue(((String) texts.get(3).get("text")).startsWith("a (branchpoint)\n"), texts.get(3).toString());
    }

    @Test
    void linearChain() {
        verify("linearChain");
    }

    @Test
    void diamondBranchAndMerge() {
        verify("diamondBranchAndMerge");
    }

    @Test
    void branchPointWithTwoOpenHeads() {
        verify("branchPointWithTwoOpenHeads");
    }

    @Test
    void twoBases() {
        verify("twoBases");
    }

    @Test
    void labelledBranches() {
        verify("labelledBranches");
    }

    /** The graph of {@link LabelledBranchesTest}: its hand-written expectations are Alembic's. */
    @Test
    void labelledBranchesWithAFork() {
        verify("labelledBranchesWithAFork");
    }

    @Test
    void labelOnAMidChainRevisionCoversItsLine() {
        verify("labelOnAMidChainRevisionCoversItsLine1");
        verify("labelOnAMidChainRevisionCoversItsLine2");
    }

    @Test
    void dependsOn() {
        verify("dependsOn");
    }

    @Test
    void dependsOnABranchLabel() {
        verify("dependsOnABranchLabel");
    }

    @Test
    void mergeOfThree() {
        verify("mergeOfThree");
    }

    /** Neutron's shape: two long labelled branches from one branch point, dependencies across them. */
    @Test
    void neutronShaped() {
        verify("neutronShaped");
    }

    /** As files named {@code <hex id>_<slug>.sql} load: by name, not in creation order. */
    @Test
    void neutronShapedLoadedByName() {
        verify("neutronShapedLoadedByName");
    }

    private static void neutronScenario(String name, boolean byName) {
        List<Revision> revs = new ArrayList<>(NeutronShapedGraph.generate(13, 12, 60, 60));
        if (byName) {
            revs.sort(Comparator.comparing(Revision::id));
        }
        RevisionGraph g = RevisionGraph.of(revs);
        List<String> expand = new ArrayList<>();
        List<String> contract = new ArrayList<>();
        for (Revision r : revs) {
            if (r.message().startsWith("expand")) {
                expand.add(r.id());
            } else if (r.message().startsWith("contract")) {
                contract.add(r.id());
            }
        }
        Set<String> heads = new LinkedHashSet<>(g.realHeads());
        Set<String> middle = Set.of(expand.get(20), contract.get(30));
        scenario(name, revs, heads(), history(null), history("kilo:heads"), labels(),
                upgrade(Set.of(), "heads"), upgrade(Set.of("kilo"), "heads"), upgrade(Set.of(expand.get(5)), "heads"),
                upgrade(middle, "heads"), upgrade(Set.of(), "expand@head"), upgrade(Set.of(), "contract@head"),
                upgrade(Set.of("kilo"), "contract@+3"), upgrade(middle, "expand@head"),
                downgrade(heads, "kilo"), downgrade(heads, "base"), downgrade(heads, "expand@-3"),
                downgrade(heads, "contract@-2"), downgrade(heads, contract.get(10)), downgrade(heads, expand.get(40)),
                downgrade(middle, "kilo"), downgrade(heads, "expand@" + expand.get(10)),
                downgrade(heads, "contract@base"), downgrade(heads, "expand@base"),
                stamp(heads, "kilo"), stamp(middle, "heads"), stamp(Set.of(), expand.get(30)));
    }

    /** Issue 13: a downgrade that removes a dependent keeps its dependency's row, as Alembic does. */
    @Test
    void dependencyAcrossBases() {
        verify("dependencyAcrossBases");
    }

    /** Issue 13: {@code x@-1} from rows {x1, y2} where y2 depends on x1 downgrades y2, then x1. */
    @Test
    void labelledDependencyDowngrade() {
        verify("labelledDependencyDowngrade");
    }

    private static void scenarios() {
        Set<String> ab = Set.of("a3", "b3");
        scenario("dependencyAcrossBases", List.of(rev("a1"), rev("a2", "a1"), rev("a3", "a2"), rev("b1"),
                        dependent("b2", List.of("a2"), "b1"), rev("b3", "b2")),
                heads(), history(null), history("a2:heads"), labels(),
                upgrade(Set.of(), "b2"), upgrade(Set.of(), "heads"), upgrade(Set.of("a1"), "b3"),
                upgrade(Set.of("a2", "b1"), "heads"), upgrade(Set.of("b2"), "heads"), upgrade(Set.of("a3", "b1"), "b2"),
                downgrade(ab, "b1"), downgrade(Set.of("b2"), "b1"), downgrade(Set.of("b2"), "base"),
                downgrade(Set.of("b3"), "b1"), downgrade(Set.of("b3"), "a1"), downgrade(ab, "a1"), downgrade(ab, "a2"),
                downgrade(Set.of("a2", "b2"), "b1"), downgrade(Set.of("a2", "b2"), "base"), downgrade(ab, "base"),
                downgrade(Set.of("a2", "b1"), "a1"), downgrade(Set.of("b3"), "b3-2"),
                stamp(Set.of(), "b2"), stamp(ab, "b1"), stamp(Set.of("b2"), "a3"), stamp(Set.of("a2", "b2"), "b3"));
        Set<String> xy = Set.of("x1", "y2");
        scenario("labelledDependencyDowngrade", List.of(labelled("y1", "y"), labelled("x1", "x"),
                        dependent("y2", List.of("x1"), "y1"), rev("x2", "x1")),
                heads(), history(null), labels(),
                downgrade(xy, "x@-1"), downgrade(Set.of("x2", "y2"), "x@-1"), downgrade(Set.of("x2", "y2"), "x@-2"),
                downgrade(xy, "x@base"), downgrade(xy, "y@-1"), downgrade(xy, "y@base"), downgrade(xy, "base"),
                downgrade(Set.of("y2"), "y@-1"), downgrade(Set.of("y2"), "x@-1"), downgrade(xy, "x1-1"),
                upgrade(Set.of("y2"), "heads"), upgrade(Set.of(), "y@head"), upgrade(Set.of("x1"), "y@+1"),
                upgrade(xy, "heads"), upgrade(xy, "x2"),
                stamp(xy, "x@base"));
        neutronScenario("neutronShaped", false);
        neutronScenario("neutronShapedLoadedByName", true);
        Set<String> all = Set.of("acc3", "shop2", "rep2");
        scenario("labelledBranchesWithAFork", List.of(labelled("acc1", "accounts"), rev("acc2", "acc1"),
                        rev("acc3", "acc2"), labelled("shop1", "shop"), rev("shop2", "shop1"),
                        labelled("rep1", "reports", "acc1"), rev("rep2", "rep1")),
                heads(), history(null), history("shop@base:shop@head"), labels(),
                resolve("shop@head"), resolve("reports@head"), resolve("accounts@heads"), resolve("accounts@head"),
                resolve("shop"), resolve("shop@shop2"), resolve("shop@acc2"), resolve("head"),
                upgrade(Set.of("acc3"), "shop@head"), upgrade(Set.of(), "reports@+2"),
                upgrade(Set.of("acc3", "shop1"), "shop@+1"), upgrade(Set.of(), "heads"),
                downgrade(all, "shop@base"), downgrade(all, "shop@-1"), downgrade(all, "rep2-1"),
                downgrade(all, "reports@acc1"),
                stamp(Set.of("acc3"), "shop@head"), stamp(Set.of("acc3", "shop2"), "shop@head"));
        scenario("linearChain", List.of(rev("a"), rev("b", "a"), rev("c", "b"), rev("d", "c")),
                heads(), history(null), history("b:d"), history("b:"), history(":c"), labels(),
                upgrade(Set.of(), "head"), upgrade(Set.of("a"), "+2"), upgrade(Set.of(), "+1"),
                upgrade(Set.of("b"), "d"), upgrade(Set.of("d"), "b"), upgrade(Set.of("b"), "c+1"),
                upgrade(Set.of("c"), "+5"),
                downgrade(Set.of("d"), "base"), downgrade(Set.of("d"), "-2"), downgrade(Set.of("d"), "b"),
                downgrade(Set.of("b"), "d"), downgrade(Set.of("d"), "c-1"), downgrade(Set.of("b"), "-3"),
                stamp(Set.of(), "c"), stamp(Set.of("d"), "b"), stamp(Set.of("b"), "d"), stamp(Set.of("d"), "base"),
                resolve("head"), resolve("heads"), resolve("base"));
        scenario("diamondBranchAndMerge", List.of(rev("a"), rev("b", "a"), rev("c", "a"), rev("d", "b", "c"), rev("e", "d")),
                heads(), history(null), history("b:e"), history("c:d"), labels(),
                upgrade(Set.of(), "head"), upgrade(Set.of("b"), "head"), upgrade(Set.of("c"), "d"),
                upgrade(Set.of("b", "c"), "e"), upgrade(Set.of("a"), "b"), upgrade(Set.of("b"), "c"),
                downgrade(Set.of("e"), "base"), downgrade(Set.of("e"), "a"), downgrade(Set.of("d"), "b"),
                downgrade(Set.of("b", "c"), "a"), downgrade(Set.of("b", "c"), "base"), downgrade(Set.of("e"), "-2"),
                downgrade(Set.of("e"), "c"),
                stamp(Set.of("b", "c"), "d"), stamp(Set.of("d"), "b"), stamp(Set.of("b"), "c"),
                stamp(Set.of("b", "c"), "base"), stamp(Set.of("a"), "e"));
        scenario("branchPointWithTwoOpenHeads", List.of(rev("a"), rev("b", "a"), rev("b2", "b"), rev("c", "a"), rev("c2", "c")),
                heads(), history(null), labels(),
                upgrade(Set.of(), "heads"), upgrade(Set.of("b2"), "heads"), upgrade(Set.of("b"), "c2"),
                upgrade(Set.of("a"), "b2"),
                downgrade(Set.of("b2", "c2"), "base"), downgrade(Set.of("b2", "c2"), "a"),
                downgrade(Set.of("b2", "c2"), "b"), downgrade(Set.of("b2", "c2"), "b2-1"),
                downgrade(Set.of("b2", "c2"), "c"),
                stamp(Set.of("b2", "c2"), "a"), stamp(Set.of("b"), "c2"), stamp(Set.of(), "heads"),
                stamp(Set.of("a"), "heads"));
        scenario("twoBases", List.of(rev("a1"), rev("a2", "a1"), rev("a3", "a2"), rev("b1"), rev("b2", "b1")),
                heads(), history(null), history("a1:a3"), labels(),
                upgrade(Set.of(), "heads"), upgrade(Set.of("a1"), "heads"), upgrade(Set.of("a3"), "b2"),
                upgrade(Set.of("a2", "b1"), "heads"), upgrade(Set.of(), "a2"),
                downgrade(Set.of("a3", "b2"), "base"), downgrade(Set.of("a3", "b2"), "a1"),
                downgrade(Set.of("a3", "b2"), "b1"), downgrade(Set.of("a3", "b2"), "a3-2"),
                stamp(Set.of("a3"), "b1"), stamp(Set.of("a3", "b2"), "a1"), stamp(Set.of(), "heads"));
        scenario("labelledBranches", List.of(rev("root"), labelled("a1", "alpha", "root"), rev("a2", "a1"),
                        labelled("b1", "beta", "root"), rev("b2", "b1"), rev("b3", "b2"),
                        labelled("x1", "extra"), rev("x2", "x1")),
                heads(), history(null), labels(),
                upgrade(Set.of(), "alpha@head"), upgrade(Set.of("a2"), "beta@head"), upgrade(Set.of(), "extra@head"),
                upgrade(Set.of("a2", "b1"), "beta@+1"), upgrade(Set.of("root"), "alpha@+1"),
                upgrade(Set.of(), "beta@b2"), upgrade(Set.of("x1"), "heads"),
                downgrade(Set.of("a2", "b3", "x2"), "extra@base"), downgrade(Set.of("a2", "b3", "x2"), "beta@-1"),
                downgrade(Set.of("a2", "b3", "x2"), "alpha@base"), downgrade(Set.of("a2", "b3", "x2"), "beta@b1"),
                downgrade(Set.of("a2", "b3", "x2"), "root"),
                resolve("alpha@head"), resolve("beta@heads"), resolve("extra"), resolve("beta@b2"), resolve("alpha@b3"),
                resolve("extra@base"), resolve("head"),
                stamp(Set.of("a2"), "beta@head"), stamp(Set.of("a2", "b3", "x2"), "extra@base"));
        scenario("labelOnAMidChainRevisionCoversItsLine1", List.of(rev("a"), rev("b", "a"), labelled("c", "lbl", "b"), rev("d", "c"), rev("e", "b")),
                heads(), history(null), labels(), resolve("lbl@head"), upgrade(Set.of(), "lbl@head"),
                downgrade(Set.of("d", "e"), "lbl@base"));
        scenario("labelOnAMidChainRevisionCoversItsLine2", List.of(rev("a"), labelled("b", "lbl", "a"), rev("c", "b")), labels(), history("lbl@base:heads"));
        scenario("dependsOn", List.of(rev("a"), rev("b", "a"), dependent("n1", List.of("b")), rev("n2", "n1"), rev("c", "b")),
                heads(), history(null), labels(),
                upgrade(Set.of(), "heads"), upgrade(Set.of(), "n2"), upgrade(Set.of("a"), "n1"),
                upgrade(Set.of("c"), "n2"), upgrade(Set.of("b"), "n1"),
                downgrade(Set.of("n2", "c"), "base"), downgrade(Set.of("n2", "c"), "a"),
                downgrade(Set.of("n2", "c"), "n1"), downgrade(Set.of("n2", "c"), "b"),
                stamp(Set.of("c"), "n1"), stamp(Set.of(), "n2"));
        scenario("dependsOnABranchLabel", List.of(labelled("s1", "shared"), rev("s2", "s1"),
                        new Revision("m1", List.of(), Set.of("main"), List.of("shared"), "main start"),
                        rev("m2", "m1")),
                heads(), history(null), labels(),
                upgrade(Set.of(), "main@head"), upgrade(Set.of(), "heads"), upgrade(Set.of("s2"), "m2"),
                downgrade(Set.of("m2", "s2"), "shared@base"), downgrade(Set.of("m2", "s2"), "main@base"));
        scenario("mergeOfThree", List.of(rev("a"), rev("b", "a"), rev("c", "a"), rev("d", "a"), rev("m", "b", "c", "d"), rev("n", "m")),
                heads(), history(null), history("c:m"), labels(),
                upgrade(Set.of(), "head"), upgrade(Set.of("b", "c", "d"), "m"), upgrade(Set.of("b"), "head"),
                upgrade(Set.of("c", "d"), "n"),
                downgrade(Set.of("n"), "a"), downgrade(Set.of("n"), "base"), downgrade(Set.of("m"), "b"),
                downgrade(Set.of("n"), "-1"),
                stamp(Set.of("b", "c", "d"), "m"), stamp(Set.of("m"), "c"));
    }

    // ---- checks --------------------------------------------------------------------------

    private record Check(Map<String, Object> query, Comparison compare) {
    }

    private interface Comparison {
        void check(RevisionGraph graph, Map<String, Object> answer);
    }

    private static void scenario(String name, List<Revision> revisions, Check... checks) {
        SCENARIOS.put(name, new Scenario(revisions, checks));
    }

    private static void verify(String name) {
        Scenario scenario = SCENARIOS.get(name);
        RevisionGraph graph = RevisionGraph.of(scenario.revisions());
        Check[] checks = scenario.checks();
        List<Map<String, Object>> answers = ANSWERS.get(name);
        assertEquals(checks.length, answers.size());
        for (int i = 0; i < checks.length; i++) {
            checks[i].compare().check(graph, answers.get(i));
        }
    }

    private static Check heads() {
        return new Check(AlembicOracle.query("heads"), (g, a) -> {
            assertEquals(a.get("heads"), g.heads(), "heads");
            assertEquals(a.get("real_heads"), g.realHeads(), "real heads");
            assertEquals(a.get("bases"), g.bases(), "bases");
        });
    }

    private static Check labels() {
        return new Check(AlembicOracle.query("labels"), (g, a) -> {
            @SuppressWarnings("unchecked")
            Map<String, Object> expected = (Map<String, Object>) a.get("labels");
            for (Map.Entry<String, Object> e : expected.entrySet()) {
                assertEquals(e.getValue(), new ArrayList<>(new TreeSet<>(g.branchLabels(e.getKey()))),
                        "branch labels of " + e.getKey());
            }
        });
    }

    private static Check history(String range) {
        return new Check(AlembicOracle.query("history", "range", range), (g, a) -> {
            String what = "history " + range;
            if (a.containsKey("error")) {
                assertThrows(MigrationError.class, () -> g.history(range, Set.of()), what + ": Alembic says " + a);
                return;
            }
            List<String> ours = g.history(range, Set.of()).stream().map(Revision::id).toList();
            assertEquals(a.get("ids"), ours, what);
        });
    }

    private static Check resolve(String identifier) {
        return new Check(AlembicOracle.query("resolve", "id", identifier), (g, a) -> {
            String what = "resolve " + identifier;
            if (a.containsKey("error")) {
                assertThrows(MigrationError.class, () -> g.resolve(identifier, Set.of()), what + ": Alembic says " + a);
                return;
            }
            assertEquals(new TreeSet<>(asStrings(a.get("ids"))), new TreeSet<>(g.resolve(identifier, Set.of())), what);
        });
    }

    private static Check upgrade(Set<String> from, String target) {
        return new Check(AlembicOracle.query("upgrade", "from", sorted(from), "target", target),
                (g, a) -> comparePlan(() -> g.upgrade(from, target), from, a, "upgrade " + from + " -> " + target));
    }

    private static Check downgrade(Set<String> from, String target) {
        return new Check(AlembicOracle.query("downgrade", "from", sorted(from), "target", target),
                (g, a) -> comparePlan(() -> g.downgrade(from, target), from, a, "downgrade " + from + " -> " + target));
    }

    private static Check stamp(Set<String> from, String... targets) {
        return new Check(AlembicOracle.query("stamp", "from", sorted(from), "targets", List.of(targets)), (g, a) -> {
            String what = "stamp " + from + " -> " + List.of(targets);
            if (a.containsKey("error")) {
                assertThrows(MigrationError.class, () -> g.stamp(from, List.of(targets), false).changes(), what + ": " + a);
                return;
            }
            Stamp stamp = g.stamp(from, List.of(targets), false);
            List<VersionChange> ours = stamp.changes();
            @SuppressWarnings("unchecked")
            List<List<Object>> theirs = (List<List<Object>>) a.get("changes");
            assertEquals(apply(from, parse(theirs)), apply(from, ours), what + " rows; Alembic: " + theirs + " ours: " + ours);
            assertEquals(apply(from, ours), new TreeSet<>(stamp.headsAfter()), what + ": headsAfter");
            assertEquals(theirs.size(), ours.size(), what + " statements; Alembic: " + theirs + " ours: " + ours);
        });
    }

    @SuppressWarnings("unchecked")
    private static void comparePlan(Supplier<Plan> plan, Set<String> from, Map<String, Object> a, String what) {
        if (a.containsKey("error")) {
            assertThrows(MigrationError.class, plan::get, what + ": Alembic says " + a.get("error"));
            return;
        }
        Plan ours;
        try {
            ours = plan.get();
        } catch (MigrationError e) {
            fail(what + ": we refuse with '" + e.getMessage() + "' but Alembic runs " + a.get("steps"));
            return;
        }
        List<Map<String, Object>> steps = (List<Map<String, Object>>) a.get("steps");
        List<String> theirOrder = steps.stream().map(s -> s.get("direction") + " " + s.get("revision")).toList();
        List<String> ourOrder = ours.steps().stream().map(s -> s.direction().word() + " " + s.revision().id()).toList();
        assertEquals(theirOrder, ourOrder, what + ": steps");
        Set<String> theirRows = new TreeSet<>(from);
        Set<String> ourRows = new TreeSet<>(from);
        for (int i = 0; i < steps.size(); i++) {
            List<VersionChange> theirChanges = parse((List<List<Object>>) steps.get(i).get("changes"));
            List<VersionChange> ourChanges = ours.steps().get(i).versionChanges();
            theirRows = apply(theirRows, theirChanges);
            ourRows = apply(ourRows, ourChanges);
            String at = what + " after step " + ourOrder.get(i) + "; Alembic " + theirChanges + ", ours " + ourChanges;
            assertEquals(theirRows, ourRows, at);
            assertEquals(ourRows, new TreeSet<>(ours.steps().get(i).headsAfter()), at + ": headsAfter");
            assertEquals(theirChanges.size(), ourChanges.size(), at);
        }
        assertEquals(ourRows, new TreeSet<>(ours.toHeads()), what + ": toHeads");
    }

    private static List<VersionChange> parse(List<List<Object>> changes) {
        List<VersionChange> out = new ArrayList<>();
        for (List<Object> c : changes) {
            switch ((String) c.get(0)) {
                case "insert" -> out.add(new VersionChange.Insert((String) c.get(1)));
                case "delete" -> out.add(new VersionChange.Delete((String) c.get(1)));
                default -> out.add(new VersionChange.Update((String) c.get(1), (String) c.get(2)));
            }
        }
        return out;
    }

    /** The rows after the changes; each must touch exactly one row, as the runtime checks. */
    static Set<String> apply(Set<String> rows, List<VersionChange> changes) {
        Set<String> out = new TreeSet<>(rows);
        for (VersionChange c : changes) {
            if (c instanceof VersionChange.Insert i) {
                assertEquals(true, out.add(i.id()), "insert of present row " + i.id() + " into " + out);
            } else if (c instanceof VersionChange.Delete d) {
                assertEquals(true, out.remove(d.id()), "delete of missing row " + d.id() + " from " + out);
            } else if (c instanceof VersionChange.Update u) {
                assertEquals(true, out.remove(u.from()), "update of missing row " + u.from() + " in " + out);
                assertEquals(true, out.add(u.to()), "update onto present row " + u.to() + " in " + out);
            }
        }
        return out;
    }

    private static List<String> asStrings(Object list) {
        List<String> out = new ArrayList<>();
        for (Object o : (List<?>) list) {
            out.add(String.valueOf(o));
        }
        return out;
    }

    private static List<String> sorted(Set<String> ids) {
        return new ArrayList<>(new TreeSet<>(ids));
    }

    // ---- graph building ------------------------------------------------------------------

    static Revision rev(String id, String... parents) {
        return new Revision(id, List.of(parents), Set.of(), List.of(), "msg " + id);
    }

    static Revision labelled(String id, String label, String... parents) {
        return new Revision(id, List.of(parents), Set.of(label), List.of(), "msg " + id);
    }

    static Revision dependent(String id, List<String> dependsOn, String... parents) {
        return new Revision(id, List.of(parents), Set.of(), dependsOn, "msg " + id);
    }

    @SuppressWarnings("unused")
    private static Set<String> set(String... ids) {
        return new LinkedHashSet<>(List.of(ids));
    }
}
