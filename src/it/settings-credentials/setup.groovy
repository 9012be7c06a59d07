// A database of this IT's own, and a login with a real password that only settings.xml knows.
// migrate.conf names the database but no user or password.
def name = "dbm_it_creds_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8)
def props = new Properties()
props.user = mariadbUser
props.password = ""
def c = new com.mysql.cj.jdbc.Driver().connect(mariadbUrl, props)
try {
    def s = c.createStatement()
    s.execute("CREATE DATABASE " + name)
    s.execute("CREATE USER IF NOT EXISTS 'dbm_it_creds'@'%' IDENTIFIED BY 'Pw#dbm-It-7c2e'")
    s.execute("GRANT ALL PRIVILEGES ON " + name + ".* TO 'dbm_it_creds'@'%'")
} finally {
    c.close()
}
def url = mariadbUrl.replaceFirst('/[^/?]*\\?', '/' + name + '?')
new File(basedir, "database.name").text = name
new File(basedir, "migrate.conf").text = """[database]
url = ${url}

[migrate]
script_location = migrations
"""
true
