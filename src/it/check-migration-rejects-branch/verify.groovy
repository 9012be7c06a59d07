import static org.dbmigrate.maven.it.ItDatabases.*

// Scenario: check-migration-rejects-branch. Two developers both revised 001: the check names both
// heads in one line and says how to fix it; no stack trace.
def errors = failureLines(basedir)
assert errors.size() == 1
assert errors[0].contains("002") && errors[0].contains("003")
assert errors[0].contains("merge")
assert !new File(basedir, "build.log").text.contains("\tat org.dbmigrate")
true
