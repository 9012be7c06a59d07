// Scenario: settings-credentials. The upgrade could only log in with the decrypted server
// password; that password appears nowhere in the build log. Database and login are dropped.
def name = new File(basedir, "database.name").text.trim()
def props = new Properties()
props.user = mariadbUser
props.password = ""
def c = new com.mysql.cj.jdbc.Driver().connect(mariadbUrl, props)
try {
    def rs = c.createStatement().executeQuery("SELECT version_num FROM " + name + ".migrate_version")
    assert rs.next() && rs.getString(1) == "001" && !rs.next()
} finally {
    c.createStatement().execute("DROP DATABASE IF EXISTS " + name)
    c.createStatement().execute("DROP USER IF EXISTS 'dbm_it_creds'@'%'")
    c.close()
}
def log = new File(basedir, "build.log").text
assert log.contains("BUILD SUCCESS")
assert !log.contains("Pw#dbm-It-7c2e")
true
