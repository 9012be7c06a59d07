#!/usr/bin/python3
"""Whole-process latency of db-manage against Alembic 1.8.1 and an empty JVM start, in one run.

usage: run.py DB_MANAGE ROUNDS GRAPHS   (GRAPHS: comma-separated of neutron, 1000, 10000)

For each graph: one PostgreSQL database for db-manage and one for Alembic, both stamped at the
heads. Each round runs every command with both tools, the tool order alternating between rounds,
an empty JVM start (`java -Xshare:auto -cp DIR Hello`), and the Java floor of a connecting command
(bench/jdbc-floor: a JVM with the launcher's flags that opens a pgjdbc connection and reads the
version rows, as `current` does, and nothing else). Prints one Markdown table per graph: median wall
time per command and tool, and the median of the per-round ratios.
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
import graphs  # noqa: E402
from jdbc_floor import JdbcFloor  # noqa: E402

CURRENT_SQL = b"SELECT version_num FROM migrate_version;\n"

PG = ["psql", "-q", "-X", "-v", "ON_ERROR_STOP=1", "-h", "127.0.0.1", "-U", "postgres"]


def psql(db, sql):
    subprocess.run(PG + ["-d", db, "-c", sql], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def recreate(db):
    subprocess.run(PG + ["-d", "postgres", "-c", "DROP DATABASE IF EXISTS %s" % db], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    psql("postgres", "CREATE DATABASE %s" % db)


ALEMBIC_ENV = '''
from alembic import context
from sqlalchemy import create_engine

url = context.config.get_main_option("sqlalchemy.url")
if context.is_offline_mode():
    context.configure(url=url, literal_binds=True, transaction_per_migration=True)
    with context.begin_transaction():
        context.run_migrations()
else:
    with create_engine(url).connect() as connection:
        context.configure(connection=connection, transaction_per_migration=True)
        with context.begin_transaction():
            context.run_migrations()
'''


def make_projects(name, revs, work):
    # named after this run's process too, so that two runs on one server keep apart
    dbm_db, alembic_db = "lat_%s_dbm_%d" % (name, os.getpid()), "lat_%s_alembic_%d" % (name, os.getpid())
    dbm = os.path.join(work, name, "dbm")
    alembic = os.path.join(work, name, "alembic")
    graphs.write_dbmigrate(revs, os.path.join(dbm, "migrations"))
    with open(os.path.join(dbm, "migrate.conf"), "w") as f:
        f.write("[database]\nurl = jdbc:postgresql://127.0.0.1:5432/%s\nuser = postgres\n\n"
                "[migrate]\nscript_location = migrations\nhead_file = false\n" % dbm_db)
    graphs.write_alembic(revs, os.path.join(alembic, "migrations"))
    with open(os.path.join(alembic, "migrations", "env.py"), "w") as f:
        f.write(ALEMBIC_ENV)
    with open(os.path.join(alembic, "alembic.ini"), "w") as f:
        f.write("[alembic]\nscript_location = migrations\n"
                "sqlalchemy.url = postgresql+psycopg2://postgres@127.0.0.1:5432/%s\n" % alembic_db)
    recreate(dbm_db)
    recreate(alembic_db)
    return dbm, dbm_db, alembic, alembic_db


def timed(argv, cwd, stdin=None):
    start = time.perf_counter()
    done = subprocess.run(argv, cwd=cwd, input=stdin, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        sys.exit("failed (%d): %s in %s\n%s" % (done.returncode, " ".join(argv), cwd, done.stderr.decode()))
    return elapsed


def bench_graph(name, revs, rounds, db_manage, work, hello_dir, java_floor):
    dbm, dbm_db, alembic, alembic_db = make_projects(name, revs, work)
    heads = graphs.heads(revs)
    target = "head" if len(heads) == 1 else "heads"
    dbm_cmd = [db_manage, "--config-file", "migrate.conf"]
    alembic_cmd = ["/usr/bin/alembic", "-c", "alembic.ini"]
    subprocess.run(dbm_cmd + ["stamp"] + heads, cwd=dbm, check=True, stderr=subprocess.DEVNULL)
    subprocess.run(alembic_cmd + ["stamp", "heads"], cwd=alembic, check=True, stderr=subprocess.DEVNULL)
    rows, tables = graphs.five_pending(revs)

    def reset(db, version_table):
        psql(db, "DROP TABLE IF EXISTS %s; DELETE FROM %s; INSERT INTO %s VALUES %s" % (
            ", ".join(tables), version_table, version_table, ", ".join("('%s')" % r for r in rows)))

    commands = [
        ("heads", ["heads"], None),
        ("history", ["history"], None),
        ("current", ["current"], None),
        ("upgrade %s (no-op)" % target, ["upgrade", target], None),
        ("upgrade, 5 pending", ["upgrade", target], "five"),
        ("upgrade %s --sql" % target, ["upgrade", target, "--sql"], None),
    ]
    times = {c[0]: {"dbm": [], "alembic": []} for c in commands}
    connecting = {label for label, args, _ in commands if "--sql" not in args and args[0] in ("current", "upgrade")}
    floor, connect_floor = [], []
    connect, record = java_floor.command("jdbc:postgresql://127.0.0.1:5432/%s" % dbm_db, "postgres", "pg")
    if record:
        timed(record, work, CURRENT_SQL)   # untimed: its class-data archive
    for rnd in range(rounds):
        floor.append(timed(["java", "-Xshare:auto", "-cp", hello_dir, "Hello"], work))
        connect_floor.append(timed(connect, work, CURRENT_SQL))
        for label, args, prep in commands:
            order = ["dbm", "alembic"] if rnd % 2 == 0 else ["alembic", "dbm"]
            for tool in order:
                if prep == "five":
                    reset(dbm_db, "migrate_version") if tool == "dbm" else reset(alembic_db, "alembic_version")
                if tool == "dbm":
                    times[label][tool].append(timed(dbm_cmd + args, dbm))
                else:
                    times[label][tool].append(timed(alembic_cmd + args, alembic))
        print("  %s: round %d of %d done" % (name, rnd + 1, rounds), file=sys.stderr)
    report(name, len(revs), rounds, times, floor, connect_floor, connecting)
    for db in (dbm_db, alembic_db):
        psql("postgres", "DROP DATABASE IF EXISTS %s" % db)


def report(name, size, rounds, times, floor, connect_floor, connecting):
    print("\n### %s (%d revisions), median of %d rounds; empty JVM start %.0f ms; Java floor of a connecting"
          " command %.0f ms (%.2fx the empty JVM)\n" % (
              name, size, rounds, statistics.median(floor) * 1000, statistics.median(connect_floor) * 1000,
              statistics.median([c / f for c, f in zip(connect_floor, floor)])))
    print("| command | db-manage | Alembic 1.8.1 | db-manage / Alembic | db-manage / empty JVM "
          "| db-manage / Java floor of a connecting command |")
    print("|---|---|---|---|---|---|")
    for label, t in times.items():
        ratios = [d / a for d, a in zip(t["dbm"], t["alembic"])]
        floor_ratios = [d / f for d, f in zip(t["dbm"], floor)]
        connect_ratios = [d / c for d, c in zip(t["dbm"], connect_floor)]
        print("| %s | %.0f ms | %.0f ms | %.2fx | %.2fx | %s |" % (
            label, statistics.median(t["dbm"]) * 1000, statistics.median(t["alembic"]) * 1000,
            statistics.median(ratios), statistics.median(floor_ratios),
            "%.2fx" % statistics.median(connect_ratios) if label in connecting else "(does not connect)"))
    sys.stdout.flush()


def main():
    db_manage = os.path.abspath(sys.argv[1])
    rounds = int(sys.argv[2])
    selected = sys.argv[3].split(",")
    work = tempfile.mkdtemp(prefix="dbm-latency-")
    hello_dir = os.path.join(work, "hello")
    os.makedirs(hello_dir)
    with open(os.path.join(hello_dir, "Hello.java"), "w") as f:
        f.write("public class Hello { public static void main(String[] a) { } }\n")
    subprocess.run(["javac", "-d", hello_dir, os.path.join(hello_dir, "Hello.java")], check=True)
    java_floor = JdbcFloor(db_manage, work)
    available = {"neutron": graphs.neutron_like, "1000": lambda: graphs.chain(1000),
                 "10000": lambda: graphs.chain(10000)}
    try:
        for name in selected:
            bench_graph(name if not name.isdigit() else "chain" + name, available[name](), rounds, db_manage,
                        work, hello_dir, java_floor)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
