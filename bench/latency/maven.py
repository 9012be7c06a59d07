#!/usr/bin/python3
"""The Maven plugin's own cost per goal: `mvn migrate:<goal>` against `mvn validate` on the same
project (the 132-revision neutron-like graph, PostgreSQL), median of interleaved rounds.

usage: maven.py ROUNDS [LOCAL_REPO]   (the migration-maven-plugin 0.1.0-SNAPSHOT of LOCAL_REPO, a
`-Dmaven.repo.local` folder, else of the default local repository)
"""
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

sys.dont_write_bytecode = True   # no __pycache__ in the source tree
import graphs  # noqa: E402
from run import psql, recreate

POM = """<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>bench</groupId>
  <artifactId>latency</artifactId>
  <version>1</version>
  <packaging>pom</packaging>
  <build>
    <plugins>
      <plugin>
        <groupId>org.dbmigrate</groupId>
        <artifactId>migration-maven-plugin</artifactId>
        <version>0.1.0-SNAPSHOT</version>
      </plugin>
    </plugins>
  </build>
</project>
"""


def timed(argv, cwd):
    start = time.perf_counter()
    done = subprocess.run(argv, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        sys.exit("failed: %s\n%s" % (" ".join(argv), done.stdout.decode()[-3000:]))
    return elapsed


def main():
    rounds = int(sys.argv[1])
    work = tempfile.mkdtemp(prefix="dbm-maven-latency-")
    db = "lat_maven"
    revs = graphs.neutron_like()
    graphs.write_dbmigrate(revs, os.path.join(work, "migrations"))
    with open(os.path.join(work, "pom.xml"), "w") as f:
        f.write(POM)
    with open(os.path.join(work, "migrate.conf"), "w") as f:
        f.write("[database]\nurl = jdbc:postgresql://127.0.0.1:5432/%s\nuser = postgres\n\n"
                "[migrate]\nscript_location = migrations\nhead_file = false\n" % db)
    recreate(db)
    mvn = ["mvn", "-B", "-o", "-q"] + (["-Dmaven.repo.local=" + sys.argv[2]] if len(sys.argv) > 2 else [])
    try:
        timed(mvn + ["migrate:stamp", "-Dtarget=" + ",".join(graphs.heads(revs))], work)
        # migrate:help loads the plugin and runs nothing of ours: what Maven itself spends on the plugin
        goals = [("validate", ["validate"]), ("migrate:help", ["migrate:help"]), ("migrate:heads", ["migrate:heads"]),
                 ("migrate:history", ["migrate:history"]), ("migrate:current", ["migrate:current"]),
                 ("migrate:upgrade (no-op)", ["migrate:upgrade", "-Dtarget=heads"])]
        times = {name: [] for name, _ in goals}
        for rnd in range(rounds):
            order = goals if rnd % 2 == 0 else list(reversed(goals))
            for name, args in order:
                times[name].append(timed(mvn + args, work))
            print("  maven: round %d of %d" % (rnd + 1, rounds), file=sys.stderr)
        base = times["validate"]
        print("| goal | median | overhead over `mvn validate` (median of per-round differences) |")
        print("|---|---|---|")
        for name, _ in goals:
            diffs = [t - b for t, b in zip(times[name], base)]
            print("| %s | %.0f ms | %+.0f ms |" % (name, statistics.median(times[name]) * 1000,
                                                  statistics.median(diffs) * 1000))
    finally:
        psql("postgres", "DROP DATABASE IF EXISTS %s" % db)
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
