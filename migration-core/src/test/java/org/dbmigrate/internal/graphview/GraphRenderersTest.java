package org.dbmigrate.internal.graphview;

import org.dbmigrate.graphview.GraphFormat;
import org.dbmigrate.graphview.GraphPicture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.dbmigrate.error.MigrationError;
import org.dbmigrate.graph.Revision;
import org.dbmigrate.internal.graph.RevisionGraph;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Issue 8: db-manage graph / migrate:graph draw heads, branch points, merges, labels and current revisions. */
class GraphRenderersTest {

    @Test
    void dotMarksHeadsBranchPointsMergesLabelsAndCurrent() {
        assertEquals("""
                digraph revisions {
                  rankdir=TB;
                  node [shape=box, style=rounded, fontname="Helvetica"];
                  "001" [label="001\\nCreate accounts\\n(branchpoint)"];
                  "002" [label="002\\nAdd users"];
                  "003" [label="003 (billing)\\nAdd \\"orders\\" & <items>"];
                  "004" [label="004\\nMerge users and billing\\n(branchpoint) (mergepoint)"];
                  "005" [label="005\\nAdd an index on users\\n(head) (current)", penwidth=2, style="rounded,filled", fillcolor="#cfe3ff"];
                  "006" [label="006 (audit)\\nAdd audit trail\\n(head)", penwidth=2];
                  "001" -> "002";
                  "001" -> "003";
                  "002" -> "004";
                  "003" -> "004";
                  "004" -> "005";
                  "004" -> "006";
                  "002" -> "006" [style=dashed];
                }
                """, GraphFormat.DOT.render(DiamondGraph.picture()));
    }

    @Test
    void mermaidEscapesMessagesAndPrefixesKeys() {
        assertEquals("""
                flowchart TB
                  r001["001<br/>Create accounts<br/>(branchpoint)"]
                  r002["002<br/>Add users"]
                  r003["003 (billing)<br/>Add #quot;orders#quot; #amp; #lt;items#gt;"]
                  r004["004<br/>Merge users and billing<br/>(branchpoint) (mergepoint)"]
                  r005["005<br/>Add an index on users<br/>(head) (current)"]
                  r006["006 (audit)<br/>Add audit trail<br/>(head)"]
                  r001 --> r002
                  r001 --> r003
                  r002 --> r004
                  r003 --> r004
                  r004 --> r005
                  r004 --> r006
                  r002 -.-> r006
                  classDef head stroke-width:3px
                  classDef current fill:#cfe3ff
                  class r005,r006 head
                  class r005 current
                """, GraphFormat.MERMAID.render(DiamondGraph.picture()));
    }

    @Test
    void svgIsWellFormedWithOneNodePerRevisionAndItsMarkers() throws Exception {
        Document svg = parse(GraphFormat.SVG.render(DiamondGraph.picture()));
        assertEquals("svg", svg.getDocumentElement().getTagName());
        List<Element> nodes = byClass(svg, "g", "node");
        assertEquals(List.of("001", "002", "003", "004", "005", "006"),
                nodes.stream().map(n -> n.getAttribute("data-revision")).toList());
        assertEquals(Set.of("005", "006"), revisionsWith(nodes, "head"));
        assertEquals(Set.of("005"), revisionsWith(nodes, "current"));
        assertEquals(Set.of("001", "004"), revisionsWith(nodes, "branchpoint"));
        assertEquals(Set.of("004"), revisionsWith(nodes, "mergepoint"));
        assertEquals(7, byClass(svg, "polyline", "edge").size());
        assertEquals(1, byClass(svg, "polyline", "dependency").size());
        assertTrue(svg.getDocumentElement().getTextContent().contains("006 (audit)"));
        assertTrue(svg.getDocumentElement().getTextContent().contains("Add \"orders\" & <items>"));
    }

    @Test
    void svgRanksByLongestPathFromBase() throws Exception {
        Document svg = parse(GraphFormat.SVG.render(DiamondGraph.picture()));
        double y002 = top(svg, "002");
        assertEquals(y002, top(svg, "003"));
        assertTrue(top(svg, "001") < y002);
        assertTrue(y002 < top(svg, "004"));
        assertTrue(top(svg, "004") < top(svg, "005"));
        assertEquals(top(svg, "005"), top(svg, "006"));
    }

    @Test
    void edgesAvoidCrossingsInAFan() throws Exception {
        // two independent chains under one base: their columns must not swap between ranks
        RevisionGraph graph = RevisionGraph.of(List.of(Revision.of("a1"), Revision.of("b1", "a1"),
                Revision.of("c1", "a1"), Revision.of("b2", "b1"), Revision.of("c2", "c1")));
        Document svg = parse(GraphFormat.SVG.render(GraphPicture.of(graph, Set.of())));
        assertEquals(left(svg, "b1") < left(svg, "c1"), left(svg, "b2") < left(svg, "c2"));
    }

    @Test
    void emptyGraphStillDrawsAPicture() throws Exception {
        Document svg = parse(GraphFormat.SVG.render(GraphPicture.of(RevisionGraph.of(List.of()), Set.of())));
        assertEquals(0, byClass(svg, "g", "node").size());
        assertEquals("digraph revisions {\n  rankdir=TB;\n  node [shape=box, style=rounded, fontname=\"Helvetica\"];\n}\n",
                GraphFormat.DOT.render(GraphPicture.of(RevisionGraph.of(List.of()), Set.of())));
    }

    @Test
    void unknownFormatIsOneLineNamingTheChoices() {
        MigrationError e = assertThrows(MigrationError.class, () -> GraphFormat.parse("png"));
        assertEquals("Unknown graph format 'png'; use dot, mermaid or svg", e.getMessage());
        assertEquals(GraphFormat.MERMAID, GraphFormat.parse("Mermaid"));
        assertEquals(GraphFormat.SVG, GraphFormat.parse(null));
    }

    static Document parse(String xml) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> byClass(Document doc, String tag, String css) {
        NodeList all = doc.getElementsByTagName(tag);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (List.of(e.getAttribute("class").split(" ")).contains(css)) {
                out.add(e);
            }
        }
        return out;
    }

    private static Set<String> revisionsWith(List<Element> nodes, String marker) {
        Set<String> ids = new HashSet<>();
        nodes.stream().filter(n -> List.of(n.getAttribute("class").split(" ")).contains(marker))
                .forEach(n -> ids.add(n.getAttribute("data-revision")));
        return ids;
    }

    private static Element rect(Document svg, String id) {
        return byClass(svg, "g", "node").stream().filter(n -> n.getAttribute("data-revision").equals(id))
                .findFirst().map(n -> (Element) n.getElementsByTagName("rect").item(0)).orElseThrow();
    }

    private static double top(Document svg, String id) {
        return Double.parseDouble(rect(svg, id).getAttribute("y"));
    }

    private static double left(Document svg, String id) {
        return Double.parseDouble(rect(svg, id).getAttribute("x"));
    }
}
