"""The benchmark's revision graphs, written twice from one list: dbmigrate .sql files and the
equivalent Alembic 1.8.1 .py files (same ids, parents, labels, depends-on and statements).

A graph is a list of dicts {"id", "parents", "labels", "depends_on"}, in creation order.
"""
import os

HEADER_DATE = "2026-12-01 10:00:00"


def neutron_like():
    """132 revisions: a 60-revision trunk, then a branch point with an `expand` branch (40) and a
    `contract` branch (32) whose revisions each depend on an expand revision, as neutron's do."""
    revs = [{"id": "r001", "parents": [], "labels": [], "depends_on": []}]
    for n in range(2, 61):
        revs.append({"id": "r%03d" % n, "parents": ["r%03d" % (n - 1)], "labels": [], "depends_on": []})
    for n in range(1, 41):
        revs.append({"id": "e%03d" % n, "parents": ["r060" if n == 1 else "e%03d" % (n - 1)],
                     "labels": ["expand"] if n == 1 else [], "depends_on": []})
    for n in range(1, 33):
        revs.append({"id": "c%03d" % n, "parents": ["r060" if n == 1 else "c%03d" % (n - 1)],
                     "labels": ["contract"] if n == 1 else [], "depends_on": ["e%03d" % n]})
    return revs


def chain(size):
    width = len(str(size))
    ids = ["%0*d" % (width, n) for n in range(1, size + 1)]
    return [{"id": "v" + rev, "parents": ["v" + ids[i - 1]] if i else [], "labels": [], "depends_on": []}
            for i, rev in enumerate(ids)]


def heads(revs):
    parents = {p for r in revs for p in r["parents"]}
    return [r["id"] for r in revs if r["id"] not in parents]


def five_pending(revs):
    """Version rows that leave exactly five revisions to run: the last five of the last branch."""
    hs = heads(revs)
    by_id = {r["id"]: r for r in revs}
    last = hs[-1]
    below = last
    for _ in range(5):
        below = by_id[below]["parents"][0]
    return [h for h in hs if h != last] + [below], pending_tables(by_id, last, below)


def pending_tables(by_id, head, below):
    tables = []
    rev = head
    while rev != below:
        tables.append(table(rev))
        rev = by_id[rev]["parents"][0]
    return tables


def table(rev_id):
    return "t_" + rev_id


def write_dbmigrate(revs, folder):
    versions = os.path.join(folder, "versions")
    os.makedirs(versions, exist_ok=True)
    for r in revs:
        lines = ["-- Create %s" % table(r["id"]), "--",
                 "-- Revision: %s" % r["id"],
                 "-- Revises: %s" % ", ".join(r["parents"]),
                 "-- Create Date: %s" % HEADER_DATE]
        if r["labels"]:
            lines.append("-- Branch Labels: %s" % ", ".join(r["labels"]))
        if r["depends_on"]:
            lines.append("-- Depends On: %s" % ", ".join(r["depends_on"]))
        lines += ["", "-- migrate:upgrade",
                  "CREATE TABLE %s (id INT PRIMARY KEY, name VARCHAR(50));" % table(r["id"]),
                  "", "-- migrate:downgrade", "DROP TABLE %s;" % table(r["id"]), ""]
        with open(os.path.join(versions, "%s_create_%s.sql" % (r["id"], table(r["id"]))), "w") as f:
            f.write("\n".join(lines))


def write_alembic(revs, folder):
    versions = os.path.join(folder, "versions")
    os.makedirs(versions, exist_ok=True)
    for r in revs:
        down = repr(tuple(r["parents"])) if len(r["parents"]) > 1 else repr(r["parents"][0] if r["parents"] else None)
        body = ['"""Create %s' % table(r["id"]), "",
                "Revision ID: %s" % r["id"],
                "Revises: %s" % ", ".join(r["parents"]),
                "Create Date: %s" % HEADER_DATE, '"""',
                "from alembic import op", "",
                "revision = %r" % r["id"],
                "down_revision = %s" % down,
                "branch_labels = %s" % (repr(tuple(r["labels"])) if r["labels"] else "None"),
                "depends_on = %s" % (repr(tuple(r["depends_on"])) if r["depends_on"] else "None"), "", "",
                "def upgrade():",
                '    op.execute("CREATE TABLE %s (id INT PRIMARY KEY, name VARCHAR(50))")' % table(r["id"]), "", "",
                "def downgrade():",
                '    op.execute("DROP TABLE %s")' % table(r["id"]), ""]
        with open(os.path.join(versions, "%s_create_%s.py" % (r["id"], table(r["id"]))), "w") as f:
            f.write("\n".join(body))
