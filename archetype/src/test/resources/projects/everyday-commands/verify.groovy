// Scenario: a freshly generated project runs upgrade, revision and current with no other step.
// basedir is this IT folder; archetype:integration-test generates into project/<artifactId>
def project = new File(basedir, "project/inventory")
assert new File(project, "migrate.conf").text.contains("url = jdbc:h2:file:./target/migrate/inventory")
def versions = new File(project, "migrations/versions")
assert new File(versions, "001_initial.sql").isFile()
def added = new File(versions, "002_add_users.sql")
assert added.isFile()
assert added.text.contains("Revises: 001")
assert new File(versions, "HEAD").text.trim() == "002"
// upgrade made the embedded database under the project's own target/
assert new File(project, "target/migrate/inventory.mv.db").isFile()

def log = new File(project, "build.log").text
assert log.contains("-> 001, Initial schema")
// current reads the database after revision: still at 001, which is no longer the head
assert log.readLines().any { it.trim() == "[INFO] 001" }
assert log.contains("BUILD SUCCESS")
true
