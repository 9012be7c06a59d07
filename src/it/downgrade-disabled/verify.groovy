import static org.dbmigrate.maven.it.ItDatabases.*

// Scenario: downgrade-disabled. The refused downgrade fails the build with one line and touches nothing.
def c = h2(basedir)
try {
    assert versions(c) == ["003"]
    assert hasTable(c, "orders") && hasColumn(c, "users", "email")
} finally {
    c.close()
}
def errors = failureLines(basedir)
assert errors.size() == 1
assert errors[0].contains("downgrade = false")
def log = new File(basedir, "build.log").text
assert !log.contains("Running downgrade")
assert !log.contains("\tat org.dbmigrate")
true
