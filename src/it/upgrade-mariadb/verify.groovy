import static org.dbmigrate.maven.it.ItDatabases.*

// Scenario: upgrade-mariadb. Both revisions ran (the procedure body, under its own delimiter,
// stayed one statement), and the version table holds the head. The database is dropped afterwards.
def name = new File(basedir, "database.name").text.trim()
try {
    def c = mariadb(withDatabase(mariadbUrl, name), mariadbUser)
    try {
        assert versions(c) == ["002"]
        execute(c, "INSERT INTO accounts (name) VALUES ('a')")
        execute(c, "CALL credit(1, 5)")
        assert firstValue(c, "SELECT balance FROM accounts WHERE id = 1") == "5"
    } finally {
        c.close()
    }
} finally {
    def admin = mariadb(mariadbUrl, mariadbUser)
    try {
        execute(admin, "DROP DATABASE IF EXISTS " + name)
    } finally {
        admin.close()
    }
}
assert new File(basedir, "build.log").text.contains("Running upgrade 001 -> 002, Add credit procedure")
true
