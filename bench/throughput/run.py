#!/usr/bin/python3
"""Whole-process `upgrade head` throughput: db-manage against psql / the mariadb client running the
same statements and version-row changes with the same transaction boundaries, in one run.

usage: run.py DB_MANAGE ROUNDS SIZES DATABASES   e.g. run.py migration-cli/target/db-manage 5 1000,5000 pg,mariadb
(DATABASES: pg, mariadb (MySQL Connector/J, jdbc:mysql:), mariadbj (MariaDB Connector/J, jdbc:mariadb:))

Each revision creates one table. Per round and size and database, each tool migrates its own fresh,
empty database (created and dropped outside the timing); the order alternates between rounds. The
floor's script is, per revision: BEGIN (START TRANSACTION), the CREATE TABLE, the version row's
INSERT (first) or UPDATE, COMMIT; before them the version table's CREATE TABLE. db-manage also
writes its history row in each revision's transaction, takes its lock, and reads the files.

The Java floor (bench/jdbc-floor) runs the same script through plain JDBC in a fresh JVM with the
launcher's JVM flags, the same driver and a class-data archive of its own: what any JVM program pays
for its start and its driver, so that db-manage / Java floor is the share of db-manage's own work.

Besides the full runs it times, on the migrated database, `db-manage upgrade head` with nothing to do
(start-up, reading the headers, graph, connecting, the lock) and `db-manage --version` (the JVM and
the command line only), for the breakdown. Peak RSS and CPU time (user + system) of each timed run
come from /usr/bin/time; each round's times go to stderr. WARMUP=0 skips the untimed first run (when
the launcher's archive already exists).
BASELINE=<another db-manage> also times that build in every round (e.g. main's, to show a change's
effect interleaved) and prints its median ratio to the floor and its client CPU time.
"""
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

sys.dont_write_bytecode = True   # no __pycache__ in the source tree
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "jdbc-floor"))
from jdbc_floor import JdbcFloor  # noqa: E402

PG_ADMIN = ["psql", "-q", "-X", "-v", "ON_ERROR_STOP=1", "-h", "127.0.0.1", "-U", "postgres"]
MARIADB_ADMIN = ["mariadb", "-h", "127.0.0.1", "-P", "3306", "-uroot"]

DATABASES = {
    "pg": {"name": "PostgreSQL", "url": "jdbc:postgresql://127.0.0.1:5432/%s", "user": "postgres",
           "begin": "BEGIN;", "client": lambda db: PG_ADMIN + ["-d", db, "-f", "-"]},
    "mariadb": {"name": "MariaDB", "url": "jdbc:mysql://127.0.0.1:3306/%s", "user": "root",
                "begin": "START TRANSACTION;", "client": lambda db: MARIADB_ADMIN + [db]},
    # the same server through MariaDB's own driver (jdbc:mariadb:) instead of Connector/J
    "mariadbj": {"name": "MariaDB (jdbc:mariadb:)", "url": "jdbc:mariadb://127.0.0.1:3306/%s", "user": "root",
                 "begin": "START TRANSACTION;", "client": lambda db: MARIADB_ADMIN + [db]},
}


def admin(kind, sql):
    if kind == "pg":
        subprocess.run(PG_ADMIN + ["-d", "postgres", "-c", sql], check=True, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL)
    else:
        subprocess.run(MARIADB_ADMIN + ["-e", sql], check=True)


def fresh(kind, db):
    admin(kind, "DROP DATABASE IF EXISTS %s" % db)
    admin(kind, "CREATE DATABASE %s" % db)
    if kind == "pg" and os.environ.get("SYNC_COMMIT") == "off":
        # both tools alike: without the wait for the shared disk, the clients' own costs show
        admin(kind, "ALTER DATABASE %s SET synchronous_commit = off" % db)


def ids(size):
    width = max(3, len(str(size)))
    return ["%0*d" % (width, n) for n in range(1, size + 1)]


def write_project(folder, size, kind, db):
    versions = os.path.join(folder, "migrations", "versions")
    os.makedirs(versions)
    previous = ""
    for rev in ids(size):
        with open(os.path.join(versions, "%s_t%s.sql" % (rev, rev)), "w") as f:
            f.write("-- Create t%s\n--\n-- Revision: %s\n-- Revises: %s\n-- Create Date: 2026-12-01 10:00:00\n\n"
                    "-- migrate:upgrade\nCREATE TABLE t%s (id INT PRIMARY KEY, name VARCHAR(50));\n\n"
                    "-- migrate:downgrade\nDROP TABLE t%s;\n" % (rev, rev, previous, rev, rev))
        previous = rev
    with open(os.path.join(folder, "migrate.conf"), "w") as f:
        f.write("[database]\nurl = %s\nuser = %s\n\n[migrate]\nscript_location = migrations\nhead_file = false\n"
                % (DATABASES[kind]["url"] % db, DATABASES[kind]["user"]))


def floor_script(size, kind):
    lines = ["CREATE TABLE migrate_version (version_num VARCHAR(64) NOT NULL PRIMARY KEY);"]
    previous = None
    for rev in ids(size):
        lines.append(DATABASES[kind]["begin"])
        lines.append("CREATE TABLE t%s (id INT PRIMARY KEY, name VARCHAR(50));" % rev)
        if previous is None:
            lines.append("INSERT INTO migrate_version (version_num) VALUES ('%s');" % rev)
        else:
            lines.append("UPDATE migrate_version SET version_num='%s' WHERE version_num = '%s';" % (rev, previous))
        lines.append("COMMIT;")
        previous = rev
    return ("\n".join(lines) + "\n").encode()


def timed(argv, cwd, stdin=None):
    start = time.perf_counter()
    done = subprocess.run(argv, cwd=cwd, input=stdin, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        sys.exit("failed (%d): %s\n%s" % (done.returncode, " ".join(argv), done.stderr.decode()[-2000:]))
    return elapsed


def timed_with_usage(argv, cwd, stdin=None):
    """Wall time, peak RSS (MiB) and CPU seconds (user + system, from /usr/bin/time) of one run."""
    out = os.path.join(cwd, "usage.txt")
    elapsed = timed(["/usr/bin/time", "-f", "%M %U %S", "-o", out] + argv, cwd, stdin)
    with open(out) as f:
        rss, user, system = f.read().split()[-3:]
    return elapsed, int(rss) / 1024, float(user) + float(system)


def bench(db_manage, java_floor, rounds, size, kind, work):
    # named after this run's process too, so that two runs on one server keep apart
    ours_db, floor_db, java_db = ("thr_%s_%d_%s_%d" % (kind, size, tool, os.getpid()) for tool in ("dbm", "floor", "java"))
    project = os.path.join(work, "%s-%d" % (kind, size))
    write_project(project, size, kind, ours_db)
    script = floor_script(size, kind)
    client = DATABASES[kind]["client"](floor_db)
    # an archive per database: it holds its own driver's classes, as the launcher's does
    java_run, java_record = java_floor.command(DATABASES[kind]["url"] % java_db, DATABASES[kind]["user"], kind)
    upgrade = [db_manage, "--config-file", "migrate.conf", "upgrade", "head"]
    baseline = os.environ.get("BASELINE")
    before_upgrade = [os.path.abspath(baseline)] + upgrade[1:] if baseline else None
    ours, floor, rss, before, ours_cpu, floor_cpu, before_cpu = [], [], [], [], [], [], []
    java, java_cpu = [], []
    if os.environ.get("WARMUP") != "0":
        # untimed: the launcher's class-data archive and the OS file cache
        for argv in [upgrade] + ([before_upgrade] if baseline else []):
            fresh(kind, ours_db)
            timed(argv, project)
    if java_record:
        fresh(kind, java_db)  # untimed: the Java floor's class-data archive
        timed(java_record, project, script)
    tools = ["ours", "floor", "java"] + (["before"] if baseline else [])
    for rnd in range(rounds):
        for tool in (tools if rnd % 2 == 0 else tools[::-1]):
            if tool == "ours":
                fresh(kind, ours_db)
                elapsed, peak, cpu = timed_with_usage(upgrade, project)
                ours.append(elapsed)
                rss.append(peak)
                ours_cpu.append(cpu)
            elif tool == "java":
                fresh(kind, java_db)
                elapsed, _, cpu = timed_with_usage(java_run, project, script)
                java.append(elapsed)
                java_cpu.append(cpu)
            elif tool == "before":
                fresh(kind, ours_db)
                elapsed, _, cpu = timed_with_usage(before_upgrade, project)
                before.append(elapsed)
                before_cpu.append(cpu)
            else:
                fresh(kind, floor_db)
                elapsed, _, cpu = timed_with_usage(client, project, script)
                floor.append(elapsed)
                floor_cpu.append(cpu)
        print("  %s %d: round %d of %d: db-manage %.0f ms (CPU %.0f ms), floor %.0f ms (CPU %.0f ms), "
              "Java floor %.0f ms (CPU %.0f ms)%s" % (
            kind, size, rnd + 1, rounds, ours[-1] * 1000, ours_cpu[-1] * 1000, floor[-1] * 1000, floor_cpu[-1] * 1000,
            java[-1] * 1000, java_cpu[-1] * 1000,
            ", baseline %.0f ms (CPU %.0f ms)" % (before[-1] * 1000, before_cpu[-1] * 1000) if baseline else ""),
            file=sys.stderr)
    noop = [timed(upgrade, project) for _ in range(rounds)]
    version = [timed([db_manage, "--version"], project) for _ in range(rounds)]
    admin(kind, "DROP DATABASE IF EXISTS %s" % ours_db)
    admin(kind, "DROP DATABASE IF EXISTS %s" % floor_db)
    admin(kind, "DROP DATABASE IF EXISTS %s" % java_db)
    ratios = [o / f for o, f in zip(ours, floor)]
    java_ratios = [j / f for j, f in zip(java, floor)]
    ours_to_java = [o / j for o, j in zip(ours, java)]
    o, f = statistics.median(ours), statistics.median(floor)
    print("| %s | %d | %.0f ms | %.0f ms | **%.2fx** (%.2f-%.2f) | %.0f ms | %.2fx | **%.2fx** (%.2f-%.2f) "
          "| %.0f ms | %.0f ms | %.3f ms | %.3f ms | %.0f / %.0f / %.0f ms | %.0f MiB |" % (
              DATABASES[kind]["name"], size, o * 1000, f * 1000, statistics.median(ratios), min(ratios), max(ratios),
              statistics.median(java) * 1000, statistics.median(java_ratios), statistics.median(ours_to_java),
              min(ours_to_java), max(ours_to_java), statistics.median(version) * 1000, statistics.median(noop) * 1000,
              (o - statistics.median(noop)) / size * 1000, f / size * 1000, statistics.median(ours_cpu) * 1000,
              statistics.median(java_cpu) * 1000, statistics.median(floor_cpu) * 1000, max(rss)))
    if baseline:
        print("|   %s | %d | baseline %s: %.0f ms, ratio to the floor **%.2fx** (%.2f-%.2f), client CPU %.0f ms |" % (
            DATABASES[kind]["name"], size, baseline, statistics.median(before) * 1000,
            statistics.median([b / f for b, f in zip(before, floor)]), min(b / f for b, f in zip(before, floor)),
            max(b / f for b, f in zip(before, floor)), statistics.median(before_cpu) * 1000))
    sys.stdout.flush()


def main():
    db_manage = os.path.abspath(sys.argv[1])
    rounds = int(sys.argv[2])
    sizes = [int(s) for s in sys.argv[3].split(",")]
    kinds = sys.argv[4].split(",")
    work = tempfile.mkdtemp(prefix="dbm-throughput-")
    java_floor = JdbcFloor(db_manage, work)
    print("| database | revisions | db-manage | floor | ratio (min-max) | Java floor | Java floor / floor "
          "| db-manage / Java floor (min-max) | `--version` | no-op upgrade "
          "| db-manage per revision after start | floor per revision | client CPU db-manage / Java floor / floor "
          "| db-manage peak RSS |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|")
    try:
        for size in sizes:
            for kind in kinds:
                bench(db_manage, java_floor, rounds, size, kind, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
