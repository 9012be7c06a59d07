import static org.dbmigrate.maven.it.ItDatabases.*

// Scenario: stamp-release-name. icehouse was stamped, not run (its CREATE TABLE would have failed);
// the upgrade then ran juno only, and the existing row survived.
def c = h2(basedir)
try {
    assert versions(c) == ["juno"]
    assert hasColumn(c, "instances", "zone")
    assert firstValue(c, "SELECT host FROM instances WHERE id = 1") == "compute-1"
} finally {
    c.close()
}
def log = new File(basedir, "build.log").text
assert log.contains("Running upgrade icehouse -> juno, Add zone to instances")
assert !(log =~ /Running upgrade\s+->\s*icehouse/)
true
