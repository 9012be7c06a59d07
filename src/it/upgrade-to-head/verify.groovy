import static org.dbmigrate.maven.it.ItDatabases.*

// Scenario: upgrade-to-head. Every revision ran, in order, and the version table holds the head.
def c = h2(basedir)
try {
    assert versions(c) == ["003"]
    assert hasColumn(c, "users", "email") && hasTable(c, "orders")
} finally {
    c.close()
}
def log = new File(basedir, "build.log").text
assert log.contains("Running upgrade  -> 001, Create users table")
assert log.contains("Running upgrade 001 -> 002, Add email to users")
assert log.contains("Running upgrade 002 -> 003, Create orders table")
true
