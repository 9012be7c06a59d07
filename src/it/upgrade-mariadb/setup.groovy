// A database of this IT's own on the shared server (other builds run tests there at the same time).
def name = "dbm_it_maria_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8)
def props = new Properties()
props.user = mariadbUser
props.password = ""
def c = new com.mysql.cj.jdbc.Driver().connect(mariadbUrl, props)
try {
    c.createStatement().execute("CREATE DATABASE " + name)
} finally {
    c.close()
}
def url = mariadbUrl.replaceFirst('/[^/?]*\\?', '/' + name + '?')
new File(basedir, "database.name").text = name
new File(basedir, "migrate.conf").text = """[database]
url = ${url}
user = ${mariadbUser}

[migrate]
script_location = migrations
"""
true
