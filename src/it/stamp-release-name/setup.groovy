import static org.dbmigrate.maven.it.ItDatabases.*

// A database that already has the icehouse schema but no version table, as before dbmigrate.
def c = newH2(basedir)
try {
    execute(c, "CREATE TABLE instances (id INT PRIMARY KEY, host VARCHAR(50))")
    execute(c, "INSERT INTO instances VALUES (1, 'compute-1')")
} finally {
    c.close()
}
true
