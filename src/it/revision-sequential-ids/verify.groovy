// Scenario: revision-sequential-ids. Two revisions from the user's own script.sql.vm get the next
// sequential ids after 001, chain on each other, and HEAD follows; the message with a space
// becomes the slug add_users.
def versions = new File(basedir, "migrations/versions")
def users = new File(versions, "002_add_users.sql")
def orders = new File(versions, "003_add_orders.sql")
assert users.isFile() : "files: " + versions.list()
assert orders.isFile() : "files: " + versions.list()
assert users.text.startsWith("-- add users\n")
assert users.text.contains("-- Revision: 002")
assert users.text.contains("-- Revises: 001")
assert users.text.contains("-- Reviewed-by: (our team's template")
assert orders.text.contains("-- Revision: 003")
assert orders.text.contains("-- Revises: 002")
assert orders.text.contains("-- migrate:upgrade")
assert new File(versions, "HEAD").text.trim() == "003"
assert versions.list().findAll { it.endsWith(".sql") }.size() == 3
true
