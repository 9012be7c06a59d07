// Scenario: graph-and-json-output. The SVG marks 002 as current and 003 as the head; the JSON
// lines of heads, current and check are bare on standard output (-q hides everything else).
def svg = new File(basedir, "target/migrate/revisions.svg").text
assert svg.startsWith("<svg ")
assert svg.contains('<g class="node current" id="rev-002"')
assert svg.contains('<g class="node head" id="rev-003"')
javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new File(basedir, "target/migrate/revisions.svg")) // well-formed
// build.log holds both invocations; the JSON ones are whole, bare lines
// (Maven's colour reset may precede them here; mvn -B prints none)
def lines = new File(basedir, "build.log").readLines().collect { it.replaceAll(/\u001B\[[0-9;]*m/, '') }
assert lines.contains('{"heads":[{"id":"003","labels":[],"message":"Create orders table","effective":false}]}')
assert lines.contains('{"current":[{"id":"002","known":true,"head":false}]}')
// check with -Dformat=json: the differences as JSON, and the build fails
assert lines.contains('{"inSync":false,"differences":["add table widgets"]}')
true
