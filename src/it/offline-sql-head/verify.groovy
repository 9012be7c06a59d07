// Scenario: offline-sql-head. The whole script from base to head is in the file; no database was opened.
def sql = new File(basedir, "target/upgrade.sql").text
assert sql =~ /(?i)CREATE TABLE migrate_version/
assert sql.contains("-- Running upgrade  -> 001") || sql.contains("-- Running upgrade -> 001") || sql =~ /-- Running upgrade .*-> 001/
assert sql.contains("-- Running upgrade 001 -> 002")
assert sql.contains("-- Running upgrade 002 -> 003")
assert sql.contains("CREATE TABLE users (id INT PRIMARY KEY, name VARCHAR(50) NOT NULL);")
assert sql.contains("ALTER TABLE users ADD COLUMN email VARCHAR(100);")
assert sql.indexOf("CREATE TABLE users") < sql.indexOf("ALTER TABLE users") && sql.indexOf("ALTER TABLE users") < sql.indexOf("CREATE TABLE orders")
assert sql =~ /(?i)INSERT INTO migrate_version/
assert sql.contains("'003'")
assert !new File(basedir, "target/migrate").exists()
true
