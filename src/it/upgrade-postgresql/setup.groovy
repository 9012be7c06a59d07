import static org.dbmigrate.maven.it.ItDatabases.*

// A database of this IT's own on the shared server (other builds run tests there at the same time).
def name = uniqueName("dbm_it_pg")
def c = postgresql(pgUrl, pgUser)
try {
    execute(c, "CREATE DATABASE " + name)
} finally {
    c.close()
}
new File(basedir, "database.name").text = name
new File(basedir, "migrate.conf").text = """[database]
url = ${withDatabase(pgUrl, name)}
user = ${pgUser}

[migrate]
script_location = migrations
"""
true
