import static org.dbmigrate.maven.it.ItDatabases.*

// Scenario: upgrade-delta. -Ddelta=2 from an empty database stops at 002.
def c = h2(basedir)
try {
    assert versions(c) == ["002"]
    assert hasColumn(c, "users", "email")
    assert !hasTable(c, "orders")
} finally {
    c.close()
}
assert !new File(basedir, "build.log").text.contains("Running upgrade 002 -> 003")
true
