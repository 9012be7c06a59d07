// A database of this IT's own on the shared server (other builds run tests there at the same time).
def name = "dbm_it_pg_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8)
def props = new Properties()
props.user = pgUser
def c = new org.postgresql.Driver().connect(pgUrl, props)
try {
    c.createStatement().execute("CREATE DATABASE " + name)
} finally {
    c.close()
}
def url = pgUrl.replaceFirst('/[^/?]*(\\?.*)?$', '/' + name + '$1')
new File(basedir, "database.name").text = name
new File(basedir, "migrate.conf").text = """[database]
url = ${url}
user = ${pgUser}

[migrate]
script_location = migrations
"""
true
