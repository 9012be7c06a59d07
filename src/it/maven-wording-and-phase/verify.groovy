import static org.dbmigrate.maven.it.ItDatabases.*

// Scenario: maven-wording-and-phase. 'mvn validate' leaves the database alone; 'mvn pre-integration-test'
// runs the execution bound without a <phase>. Each mistake names its flag the Maven way.
def c = h2(basedir)
try {
    assert versions(c) == ["003"]
} finally {
    c.close()
}
def log = new File(basedir, "build.log").text
// bound once, run once: in pre-integration-test, not in validate
assert log.count(":upgrade (migrate-database) @ maven-wording-and-phase ---") == 1
def errors = failureLines(basedir)
assert errors.size() == 3
assert errors[0].contains("Revision 001 is not a head revision; please specify -Dsplice to create a new branch")
assert errors[1].contains("-DrevId='bad-id' is not a valid id")
assert errors[2].contains("migrate:upgrade -Ddelta must be a positive number of steps, got 0")
assert !log.contains("--splice") && !log.contains("--rev-id") && !log.contains("--delta")
true
