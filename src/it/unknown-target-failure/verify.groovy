import static org.dbmigrate.maven.it.ItDatabases.*

// Scenario: unknown-target-failure. 002 applied first; the unknown target then fails alone, in one line.
def c = h2(basedir)
try {
    assert versions(c) == ["002"]
    assert !hasTable(c, "orders")
} finally {
    c.close()
}
def errors = failureLines(basedir)
assert errors.size() == 1
assert errors[0].contains("'zzzz9'")
def log = new File(basedir, "build.log").text
assert !log.contains("\tat org.dbmigrate")
assert !log.contains("Running upgrade 002 -> 003")
true
