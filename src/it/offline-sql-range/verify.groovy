// Scenario: offline-sql-range. start:end gives the steps after start up to end, nothing before.
def up = new File(basedir, "target/upgrade-001-003.sql").text
assert up.contains("-- Running upgrade 001 -> 002")
assert up.contains("-- Running upgrade 002 -> 003")
assert !up.contains("-> 001")
assert !(up =~ /(?i)CREATE TABLE migrate_version/)
assert !up.contains("CREATE TABLE users")
assert up.contains("ALTER TABLE users ADD COLUMN email VARCHAR(100);")
assert up.contains("CREATE TABLE orders")
assert up =~ /(?i)UPDATE migrate_version/

def down = new File(basedir, "target/downgrade-003-001.sql").text
assert down.contains("-- Running downgrade 003 -> 002")
assert down.contains("-- Running downgrade 002 -> 001")
assert down.indexOf("DROP TABLE orders;") < down.indexOf("ALTER TABLE users DROP COLUMN email;")
assert !down.contains("DROP TABLE users;")
assert !new File(basedir, "target/migrate").exists()
true
