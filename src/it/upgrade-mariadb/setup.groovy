import static org.dbmigrate.maven.it.ItDatabases.*

// A database of this IT's own on the shared server (other builds run tests there at the same time).
def name = uniqueName("dbm_it_maria")
def c = mariadb(mariadbUrl, mariadbUser)
try {
    execute(c, "CREATE DATABASE " + name)
} finally {
    c.close()
}
new File(basedir, "database.name").text = name
new File(basedir, "migrate.conf").text = """[database]
url = ${withDatabase(mariadbUrl, name)}
user = ${mariadbUser}

[migrate]
script_location = migrations
"""
true
