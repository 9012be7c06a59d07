import static org.dbmigrate.maven.it.ItDatabases.*

// Scenario: downgrade-delta. head is 003; -Ddelta=1 runs only the downgrade of 003.
def c = h2(basedir)
try {
    assert versions(c) == ["002"]
    assert !hasTable(c, "orders")
    assert hasColumn(c, "users", "email")
} finally {
    c.close()
}
def log = new File(basedir, "build.log").text
assert log.contains("Running downgrade 003 -> 002, Create orders table")
assert !log.contains("Running downgrade 002 -> 001")
true
