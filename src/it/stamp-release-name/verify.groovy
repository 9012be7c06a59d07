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

// Scenario: stamp-release-name. icehouse was stamped, not run (its CREATE TABLE would have failed);
// the upgrade then ran juno only, and the existing row survived.
def c = open()
try {
    assert versions(c) == ["juno"]
    assert hasColumn(c, "instances", "zone")
    def rs = c.createStatement().executeQuery("SELECT host FROM instances WHERE id = 1")
    assert rs.next() && rs.getString(1) == "compute-1"
} finally {
    c.close()
}
assert log.contains("Running upgrade icehouse -> juno, Add zone to instances")
assert !(log =~ /Running upgrade\s+->\s*icehouse/)
true
