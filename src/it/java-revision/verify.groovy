import static org.dbmigrate.maven.it.ItDatabases.*

// Scenario: java-revision (issue 7). The plugin compiled 002_add_orders.java inside Maven and ran
// it between the SQL revision and the generated Java stub 003.
def stub = new File(basedir, "migrations/versions/003_seed_admin.java")
assert stub.isFile()
assert stub.text.contains("// Revision: 003") && stub.text.contains("// Revises: 002")
assert new File(basedir, "migrations/versions/HEAD").text.trim() == "003"
def c = h2(basedir)
try {
    assert versions(c) == ["003"]
    assert hasTable(c, "users") && hasTable(c, "orders")
} finally {
    c.close()
}
def log = new File(basedir, "build.log").text
assert log.contains("Running upgrade 001 -> 002, Add orders table")
assert log.contains("Running upgrade 002 -> 003, seed_admin")
true
