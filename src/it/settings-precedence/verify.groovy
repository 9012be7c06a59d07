import static org.dbmigrate.maven.it.ItDatabases.*

// Scenario: settings-precedence. The -D URL won over the POM's and the file's; the POM's version
// table won over the file's; the file's history table won over the default. The skipped first
// run created nothing.
assert !new File(basedir, "target/pom").exists()
assert !new File(basedir, "target/file").exists()
def props = new Properties()
props.user = "sa"
props.password = ""
def db = new File(basedir, "target/flag/app").absolutePath
def c = new org.h2.Driver().connect("jdbc:h2:file:" + db + ";IFEXISTS=TRUE", props)
try {
    assert firstValue(c, "SELECT version_num FROM pom_version") == "001"
    assert hasTable(c, "file_history")
    assert !hasTable(c, "file_version") && !hasTable(c, "migrate_version")
} finally {
    c.close()
}
def log = new File(basedir, "build.log").text
assert log.contains("dbmigrate skipped (migrate.skip)")
assert log.count("Running upgrade  -> 001") == 1
true
