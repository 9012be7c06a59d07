#!/usr/bin/env python3
"""Time to ready of the notes example app: dbmigrate's starter vs Spring Boot's Flyway integration.

Same app classes, same 100 revisions (as dbmigrate .sql files and as Flyway V files), same
PostgreSQL server; the only difference is the migration library on the class path. Each round
creates a fresh database per tool, starts the app on it (empty database: 100 revisions to apply),
then starts it again (database already at head), interleaving the tools and alternating their order.
The floor is the same app with no migration library, on a database already at head.
Time to ready = from launching `java` until the app logs "Started ExampleApplication".
"""
import os
import re
import secrets
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
WORK = os.path.join(HERE, "target")
STARTED = re.compile(r"Started ExampleApplication in ([\d.]+) seconds \(process running for ([\d.]+)\)")
PG = dict(host=os.environ.get("PGHOST", "127.0.0.1"), port=os.environ.get("PGPORT", "5432"),
          user=os.environ.get("PGUSER", "postgres"))
REVISIONS = 100


def psql(db, sql):
    out = subprocess.run(["psql", "-h", PG["host"], "-p", PG["port"], "-U", PG["user"], "-d", db, "-tA",
                          "-v", "ON_ERROR_STOP=1", "-c", sql], check=True, capture_output=True, text=True)
    return out.stdout.strip()


def table_sql(n):
    if n == 1:
        return ("CREATE TABLE notes (id VARCHAR(36) NOT NULL PRIMARY KEY, title VARCHAR(200) NOT NULL,"
                " created_on DATE);")
    return f"CREATE TABLE bench_{n:03d} (id INT PRIMARY KEY, name VARCHAR(50) NOT NULL, created_on DATE);"


def write_revisions():
    ours = os.path.join(WORK, "ours", "versions")
    flyway = os.path.join(WORK, "flyway")
    os.makedirs(ours, exist_ok=True)
    os.makedirs(flyway, exist_ok=True)
    for n in range(1, REVISIONS + 1):
        parent = f"{n - 1:03d}" if n > 1 else ""
        with open(os.path.join(ours, f"{n:03d}_bench_{n:03d}.sql"), "w") as f:
            f.write(f"-- bench {n:03d}\n--\n-- Revision: {n:03d}\n-- Revises: {parent}\n"
                    f"-- Create Date: 2026-12-01 10:00:00\n\n-- migrate:upgrade\n{table_sql(n)}\n\n"
                    f"-- migrate:downgrade\nDROP TABLE {'notes' if n == 1 else f'bench_{n:03d}'};\n")
        with open(os.path.join(flyway, f"V{n}__bench_{n:03d}.sql"), "w") as f:
            f.write(table_sql(n) + "\n")
    return os.path.dirname(ours), flyway


def start(classpath, db, extra):
    cmd = ["java", "-cp", classpath, "org.dbmigrate.example.spring.ExampleApplication", "--server.port=0",
           f"--spring.datasource.url=jdbc:postgresql://{PG['host']}:{PG['port']}/{db}",
           f"--spring.datasource.username={PG['user']}", "--spring.datasource.password="] + extra
    begin = time.monotonic()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    log = []
    try:
        for line in proc.stdout:
            log.append(line)
            if STARTED.search(line):
                return time.monotonic() - begin
        raise SystemExit("the app stopped before it was ready:\n" + "".join(log[-40:]))
    finally:
        proc.terminate()
        proc.wait()


def main():
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    cp = {}
    for name in ("ours", "flyway", "none"):
        with open(os.path.join(WORK, f"{name}.classpath")) as f:
            cp[name] = f.read().strip()
    ours_dir, flyway_dir = write_revisions()
    args = {"ours": [f"--dbmigrate.locations=filesystem:{ours_dir}"],
            "flyway": [f"--spring.flyway.locations=filesystem:{flyway_dir}"]}
    check = {"ours": "SELECT version_num FROM migrate_version",
             "flyway": "SELECT COUNT(*) FROM flyway_schema_history WHERE success"}
    expected = {"ours": f"{REVISIONS:03d}", "flyway": str(REVISIONS)}
    times = {k: [] for k in ("ours empty", "flyway empty", "ours head", "flyway head", "floor head")}
    for r in range(rounds):
        order = ["ours", "flyway"] if r % 2 == 0 else ["flyway", "ours"]
        for tool in order:
            db = f"dbm_bench_boot_{secrets.token_hex(4)}"
            psql("postgres", f"CREATE DATABASE {db}")
            try:
                times[f"{tool} empty"].append(start(cp[tool], db, args[tool]))
                got = psql(db, check[tool])
                if got != expected[tool]:
                    raise SystemExit(f"{tool}: expected {expected[tool]} after the first start, found {got}")
                times[f"{tool} head"].append(start(cp[tool], db, args[tool]))
                if tool == "ours":
                    times["floor head"].append(start(cp["none"], db, []))
            finally:
                psql("postgres", f"DROP DATABASE IF EXISTS {db} WITH (FORCE)")
        print(f"round {r + 1}: " + ", ".join(f"{k} {v[-1]:.2f}s" for k, v in times.items()), flush=True)
    med = {k: statistics.median(v) for k, v in times.items()}
    print(f"\nmedian time to ready over {rounds} rounds, {REVISIONS} revisions, PostgreSQL:")
    for k, v in med.items():
        print(f"  {k:13s} {v:6.2f} s")
    for state in ("empty", "head"):
        print(f"  ours/flyway on {state} database: {med[f'ours {state}'] / med[f'flyway {state}']:.2f}x")
    print(f"  over the floor (no migration library), at head: ours +{med['ours head'] - med['floor head']:.2f} s,"
          f" flyway +{med['flyway head'] - med['floor head']:.2f} s")


if __name__ == "__main__":
    main()
