// Scenario: classpath-location-revision. With script_location = classpath:db/migrations, Maven reads
// and writes the project's resource folder: revision adds 002 there and moves HEAD, upgrade applies
// 001 and 002 from it, and the jar packs the new file where the application will look for it.
import java.util.jar.JarFile

def versions = new File(basedir, "src/main/resources/db/migrations/versions")
def added = new File(versions, "002_add_users.sql")
assert added.isFile() : "files: " + versions.list()
assert added.text.contains("-- Revises: 001")
assert new File(versions, "HEAD").text.trim() == "002"

def log = new File(basedir, "build.log").text
assert log.contains("Running upgrade 001 -> 002") : log

def jar = new JarFile(new File(basedir, "target/classpath-location-revision-1.0.jar"))
try {
    assert jar.getEntry("db/migrations/versions/002_add_users.sql") != null
    assert jar.getEntry("db/migrations/versions/") != null
} finally {
    jar.close()
}
true
