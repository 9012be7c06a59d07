#!/usr/bin/env python3
"""Time to ready of the notes example app: dbmigrate's starter vs Spring Boot's Flyway integration.

Same app classes, same 100 revisions (as dbmigrate .sql files and as Flyway V files), same
PostgreSQL server; the only difference is the migration library on the class path. Each round
creates a fresh database per tool, starts the app on it (empty database: 100 revisions to apply),
then starts it again (database already at head), interleaving the tools and alternating their order.
The floor is the same app with no migration library, on a database already at head.
Time to ready = from launching `java` until the app logs "Started ExampleApplication" (wall clock),
and the CPU time the JVM used until then (all its threads, from /proc): on a busy shared machine
the wall clock mostly measures the neighbours, the CPU time what the app itself did.
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


def cpu_seconds(pid):
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")  # utime + stime


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
                return time.monotonic() - begin, cpu_seconds(proc.pid)
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
    keys = ("ours empty", "flyway empty", "ours head", "flyway head", "floor head")
    times = {k: [] for k in keys}
    cpu = {k: [] for k in keys}

    def timed(key, *run):
        wall, used = start(*run)
        times[key].append(wall)
        cpu[key].append(used)
    for r in range(rounds):
        order = ["ours", "flyway"] if r % 2 == 0 else ["flyway", "ours"]
        for tool in order:
            db = f"dbm_bench_boot_{secrets.token_hex(4)}"
            psql("postgres", f"CREATE DATABASE {db}")
            try:
                timed(f"{tool} empty", cp[tool], db, args[tool])
                got = psql(db, check[tool])
                if got != expected[tool]:
                    raise SystemExit(f"{tool}: expected {expected[tool]} after the first start, found {got}")
                timed(f"{tool} head", cp[tool], db, args[tool])
                if tool == "ours":
                    timed("floor head", cp["none"], db, [])
            finally:
                psql("postgres", f"DROP DATABASE IF EXISTS {db} WITH (FORCE)")
        print(f"round {r + 1}: " + ", ".join(f"{k} {times[k][-1]:.2f}s/{cpu[k][-1]:.2f}s cpu" for k in keys),
              flush=True)
    print(f"\nmedian time to ready over {rounds} rounds, {REVISIONS} revisions, PostgreSQL:")
    print(f"  {'':13s} {'wall':>8s} {'cpu':>8s}")
    wall = {k: statistics.median(v) for k, v in times.items()}
    used = {k: statistics.median(v) for k, v in cpu.items()}
    for k in keys:
        print(f"  {k:13s} {wall[k]:7.2f}s {used[k]:7.2f}s")
    for state in ("empty", "head"):
        print(f"  ours/flyway on {state} database: wall {wall[f'ours {state}'] / wall[f'flyway {state}']:.2f}x,"
              f" cpu {used[f'ours {state}'] / used[f'flyway {state}']:.2f}x")
    for tool in ("ours", "flyway"):
        print(f"  {tool} over the floor (no migration library) at head: wall"
              f" +{wall[f'{tool} head'] - wall['floor head']:.2f} s, cpu +{used[f'{tool} head'] - used['floor head']:.2f} s")


if __name__ == "__main__":
    main()
