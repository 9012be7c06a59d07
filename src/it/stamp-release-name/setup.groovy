// A database that already has the icehouse schema but no version table, as before dbmigrate.
def props = new Properties()
props.user = "sa"
props.password = ""
def db = new File(basedir, "target/migrate/app").absolutePath
def c = new org.h2.Driver().connect("jdbc:h2:file:" + db, props)
try {
    c.createStatement().execute("CREATE TABLE instances (id INT PRIMARY KEY, host VARCHAR(50))")
    c.createStatement().execute("INSERT INTO instances VALUES (1, 'compute-1')")
} finally {
    c.close()
}
true
