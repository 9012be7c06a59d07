import static org.dbmigrate.maven.it.ItDatabases.*

// Scenario: clean-and-placeholders. The revision's ${table_name} comes from [placeholders], ${greeting}
// from -Dmigrate.placeholders.greeting; clean is refused until -Dmigrate.cleanEnabled=true, then drops
// everything, so the last upgrade starts from base with the new value.
def c = h2(basedir)
try {
    assert versions(c) == ["001"]
    assert firstValue(c, "SELECT word FROM greetings") == "again from 001"
    assert firstValue(c, "SELECT COUNT(*) FROM greetings") == "1"
} finally {
    c.close()
}
def log = new File(basedir, "build.log").text
assert log.contains("clean is refused: it drops every object in the schemas")
assert log.contains("Cleaned PUBLIC: dropped ")
true
