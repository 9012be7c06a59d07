// Scenario: upgrade-postgresql. Both revisions ran (the $$ function body stayed one statement),
// the trigger works, and the version table holds the head. The database is dropped afterwards.
def name = new File(basedir, "database.name").text.trim()
def props = new Properties()
props.user = pgUser
def url = pgUrl.replaceFirst('/[^/?]*(\\?.*)?$', '/' + name + '$1')
try {
    def c = new org.postgresql.Driver().connect(url, props)
    try {
        def rs = c.createStatement().executeQuery("SELECT version_num FROM migrate_version")
        assert rs.next() && rs.getString(1) == "002" && !rs.next()
        c.createStatement().execute("INSERT INTO accounts (name) VALUES ('a')")
        c.createStatement().execute("UPDATE accounts SET name = 'b'")
        rs = c.createStatement().executeQuery("SELECT updated_at FROM accounts")
        assert rs.next() && rs.getTimestamp(1) != null
    } finally {
        c.close()
    }
} finally {
    def admin = new org.postgresql.Driver().connect(pgUrl, props)
    try {
        admin.createStatement().execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)")
    } finally {
        admin.close()
    }
}
def log = new File(basedir, "build.log").text
assert log.contains("Running upgrade 001 -> 002, Touch updated_at on update")
true
