import static org.dbmigrate.maven.it.ItDatabases.*

// Scenario: upgrade-postgresql. Both revisions ran (the $$ function body stayed one statement),
// the trigger works, and the version table holds the head. The database is dropped afterwards.
def name = new File(basedir, "database.name").text.trim()
try {
    def c = postgresql(withDatabase(pgUrl, name), pgUser)
    try {
        assert versions(c) == ["002"]
        execute(c, "INSERT INTO accounts (name) VALUES ('a')")
        execute(c, "UPDATE accounts SET name = 'b'")
        assert firstValue(c, "SELECT updated_at FROM accounts") != null
    } finally {
        c.close()
    }
} finally {
    def admin = postgresql(pgUrl, pgUser)
    try {
        execute(admin, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)")
    } finally {
        admin.close()
    }
}
assert new File(basedir, "build.log").text.contains("Running upgrade 001 -> 002, Touch updated_at on update")
true
