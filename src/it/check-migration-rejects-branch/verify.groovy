// Scenario: check-migration-rejects-branch. Two developers both revised 001: the check names both
// heads in one line and says how to fix it; no stack trace.
def log = new File(basedir, "build.log").text
def errors = log.readLines().findAll { it.startsWith("[ERROR] Failed to execute goal") }
assert errors.size() == 1
assert errors[0].contains("002") && errors[0].contains("003")
assert errors[0].toLowerCase().contains("head")
assert !log.contains("\tat org.dbmigrate")
true
