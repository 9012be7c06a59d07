import java.sql.DriverManager

// Scenario: fleet-targets-file (issue 17). Each of the three tenants is at head with its own
// version table, and the build log shows the progress and the summary; then migrate:status across
// the tenants finds each up to date (with -DfailOnPending the build would fail otherwise).
for (name in ["a", "b", "c"]) {
    def path = new File(basedir, "target/tenants/" + name).getAbsolutePath()
    def c = new org.h2.Driver().connect("jdbc:h2:file:" + path + ";IFEXISTS=TRUE",
            [user: "sa", password: ""] as Properties)
    try {
        def rs = c.createStatement().executeQuery("SELECT version_num FROM migrate_version")
        assert rs.next() && rs.getString(1) == "003"
    } finally {
        c.close()
    }
}
def log = new File(basedir, "build.log").text
assert log.contains("3 of 3 done, 0 failed")
assert log.contains("upgrade on 3 targets: 3 done, 0 failed, in ")
assert log.contains("  3 at 003")
assert log.contains("status on 3 targets: 3 done, 0 failed, in ")
assert log.contains("  3 up_to_date")
assert log.contains(": Pending: none")
true
