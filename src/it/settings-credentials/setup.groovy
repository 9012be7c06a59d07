import static org.dbmigrate.maven.it.ItDatabases.*

// A database of this IT's own, and a login with a real password that only settings.xml knows
// (encrypted there). migrate.conf names the database but no user or password.
def name = uniqueName("dbm_it_creds")
def c = mariadb(mariadbUrl, mariadbUser)
try {
    execute(c, "CREATE DATABASE " + name)
    execute(c, "CREATE USER IF NOT EXISTS 'dbm_it_creds'@'%' IDENTIFIED BY 'Pw#dbm-It-7c2e'")
    execute(c, "GRANT ALL PRIVILEGES ON " + name + ".* TO 'dbm_it_creds'@'%'")
} finally {
    c.close()
}
new File(basedir, "database.name").text = name
new File(basedir, "migrate.conf").text = """[database]
url = ${withDatabase(mariadbUrl, name)}

[migrate]
script_location = migrations
"""
true
