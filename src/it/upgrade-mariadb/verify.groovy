// Scenario: upgrade-mariadb. Both revisions ran (the procedure body, under its own delimiter,
// stayed one statement), and the version table holds the head. The database is dropped afterwards.
def name = new File(basedir, "database.name").text.trim()
def props = new Properties()
props.user = mariadbUser
props.password = ""
def url = mariadbUrl.replaceFirst('/[^/?]*\\?', '/' + name + '?')
try {
    def c = new com.mysql.cj.jdbc.Driver().connect(url, props)
    try {
        def rs = c.createStatement().executeQuery("SELECT version_num FROM migrate_version")
        assert rs.next() && rs.getString(1) == "002" && !rs.next()
        c.createStatement().execute("INSERT INTO accounts (name) VALUES ('a')")
        c.createStatement().execute("CALL credit(1, 5)")
        rs = c.createStatement().executeQuery("SELECT balance FROM accounts WHERE id = 1")
        assert rs.next() && rs.getInt(1) == 5
    } finally {
        c.close()
    }
} finally {
    def admin = new com.mysql.cj.jdbc.Driver().connect(mariadbUrl, props)
    try {
        admin.createStatement().execute("DROP DATABASE IF EXISTS " + name)
    } finally {
        admin.close()
    }
}
def log = new File(basedir, "build.log").text
assert log.contains("Running upgrade 001 -> 002, Add credit procedure")
true
