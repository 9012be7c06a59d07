import static org.dbmigrate.maven.it.ItDatabases.*

// Scenario: status-log-summary. status lists what is pending and passes; with -DfailOnPending it fails
// until the database is at head. Each upgrade names its database and ends with one summary line.
def c = h2(basedir)
try {
    assert versions(c) == ["003"]
} finally {
    c.close()
}
def lines = new File(basedir, "build.log").readLines().collect { it.replaceAll(/\u001B\[[0-9;]*m/, '') }
assert lines.contains("[INFO] Current: <base>")
assert lines.contains("[INFO] Pending: 3, in the order upgrade runs them")
assert lines.contains("[INFO]   001 -> 002, Add email to users")
def errors = failureLines(basedir)
assert errors.size() == 1
assert errors[0].contains("The database is not at head: 3 revision(s) pending")
assert lines.any { it.startsWith("[INFO] Database: jdbc:h2:file:") && it.endsWith("/target/migrate/app (user SA)") }
assert lines.any { it ==~ /\[INFO\] Upgraded <base> -> 002: 2 revisions in \d+\.\d s/ }
assert lines.any { it ==~ /\[INFO\] Upgraded 002 -> 003: 1 revision in \d+\.\d s/ }
assert lines.contains("[INFO] Already at head 003")
// -q: the JSON lines are bare on standard output
assert lines.contains('{"current":["002"],"heads":["003"],"pending":[{"id":"003","parents":["002"],'
        + '"message":"Create orders table"}],"missing":[],"changed":[],"state":"pending"}')
def logJson = /\{"log":\[\{"revision":"002","direction":"upgrade","appliedAt":"[^"]+",/ +
        /"appliedBy":"SA","durationMs":\d+,"success":true\}\]\}/
assert lines.any { it ==~ logJson }
// the last invocation passes -DfailOnPending at head, and log prints its table
assert lines.contains("[INFO] Pending: none")
assert lines.any { it ==~ /\[INFO\] applied_at +direction +revision +applied_by +duration +success/ }
true
