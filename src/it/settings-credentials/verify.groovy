import static org.dbmigrate.maven.it.ItDatabases.*

// Scenario: settings-credentials. The upgrade could only log in with the decrypted server
// password; that password appears nowhere in the build log. Database and login are dropped.
def name = new File(basedir, "database.name").text.trim()
def c = mariadb(mariadbUrl, mariadbUser)
try {
    assert firstValue(c, "SELECT GROUP_CONCAT(version_num) FROM " + name + ".migrate_version") == "001"
} finally {
    execute(c, "DROP DATABASE IF EXISTS " + name)
    execute(c, "DROP USER IF EXISTS 'dbm_it_creds'@'%'")
    c.close()
}
def log = new File(basedir, "build.log").text
assert log.contains("BUILD SUCCESS")
assert !log.contains("Pw#dbm-It-7c2e")
true
