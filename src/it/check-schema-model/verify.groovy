import static org.dbmigrate.maven.it.ItDatabases.*

// Scenario: check-schema-model. check failed (invocation 2), autogenerate wrote 002, upgrade ran it, check passed.
def c = h2(basedir)
try {
    assert versions(c) == ["002"]
    assert hasColumn(c, "users", "email") && hasTable(c, "widgets")
} finally {
    c.close()
}
def written = new File(basedir, "migrations/versions").listFiles().find { it.name.startsWith("002_") }
assert written != null
def text = written.text
assert text.contains("ALTER TABLE users ADD COLUMN email VARCHAR(120)")
assert text.indexOf("CREATE TABLE widgets") < text.indexOf("FOREIGN KEY (owner_id) REFERENCES users (id)")
assert text.contains("DROP TABLE widgets")
def log = new File(basedir, "build.log").text
assert log.contains("No new upgrade operations detected.")
true
