import java.sql.Connection

// The embedded H2 database the build used (migrate.conf: jdbc:h2:file:./target/migrate/app).
Connection open() {
    def props = new Properties()
    props.user = "sa"
    props.password = ""
    def db = new File(basedir, "target/migrate/app").absolutePath
    new org.h2.Driver().connect("jdbc:h2:file:" + db + ";IFEXISTS=TRUE", props)
}

List<String> versions(Connection c) {
    def rs = c.createStatement().executeQuery("SELECT version_num FROM migrate_version ORDER BY version_num")
    def all = []
    while (rs.next()) all << rs.getString(1)
    all
}

boolean hasTable(Connection c, String name) {
    c.metaData.getTables(null, null, name.toUpperCase(), null).next()
}

boolean hasColumn(Connection c, String table, String column) {
    c.metaData.getColumns(null, null, table.toUpperCase(), column.toUpperCase()).next()
}

def log = new File(basedir, "build.log").text

// Scenario: upgrade-to-head. Every revision ran, in order, and the version table holds the head.
def c = open()
try {
    assert versions(c) == ["003"]
    assert hasTable(c, "users") && hasColumn(c, "users", "email") && hasTable(c, "orders")
} finally {
    c.close()
}
assert log.contains("-> 001, Create users table")
assert log.contains("Running upgrade 001 -> 002, Add email to users")
assert log.contains("Running upgrade 002 -> 003, Create orders table")
true
