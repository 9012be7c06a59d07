// Scenario: site-history-report. The page holds the inline SVG with one node per revision and
// the history table, newest first; the site's menu links to it.
def page = new File(basedir, "target/site/dbmigrate-history.html")
assert page.isFile()
def html = page.text
assert html.contains("<svg ")
["001", "002", "003"].each { assert html.contains('data-revision="' + it + '"') }
assert html.contains('class="node head"')
assert html.contains("Create orders table")
def table = html.substring(html.indexOf("</svg>"))
assert table.indexOf(">003<") < table.indexOf(">001<") // newest first in the table
assert table.contains("&lt;base&gt;")
true
