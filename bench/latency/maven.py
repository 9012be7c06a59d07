#!/usr/bin/python3
"""The Maven plugin's own cost per goal: `mvn migrate:<goal>` against `mvn validate` on the same
project (the 132-revision neutron-like graph, PostgreSQL), median of interleaved rounds.

usage: maven.py ROUNDS [[NAME=]LOCAL_REPO ...]

Each LOCAL_REPO is a `-Dmaven.repo.local` folder holding a migration-maven-plugin 0.1.0-SNAPSHOT
(none: the default local repository). With several, e.g. `before=/tmp/m2-a after=/tmp/m2-b`, every
round runs every goal with every repository, interleaved, so the builds are compared side by side
under the same load. Per goal: median wall time and CPU time (user + system of the mvn process and
its children), and the median of the per-round ratios to `mvn validate` with the same repository.
`mvn clean` (maven-clean-plugin, one dependency) is the floor of any plugin's goal.
"""
import os
import resource
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


def children_cpu():
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed(argv, cwd):
    """Wall and CPU seconds of one run (CPU: of every process it started, as they are waited for)."""
    cpu = children_cpu()
    start = time.perf_counter()
    done = subprocess.run(argv, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        sys.exit("failed: %s\n%s" % (" ".join(argv), done.stdout.decode()[-3000:]))
    return elapsed, children_cpu() - cpu


def repositories(args):
    """(name, mvn argv prefix) per repository argument; the default local repository without any."""
    if not args:
        return [("default", ["mvn", "-B", "-o", "-q"])]
    repos = []
    for arg in args:
        name, _, path = arg.rpartition("=")
        repos.append((name or os.path.basename(path.rstrip("/")),
                      ["mvn", "-B", "-o", "-q", "-Dmaven.repo.local=" + os.path.abspath(path)]))
    return repos


def main():
    rounds = int(sys.argv[1])
    repos = repositories(sys.argv[2:])
    work = tempfile.mkdtemp(prefix="dbm-maven-latency-")
    db = "lat_maven_%d" % os.getpid()  # this run's own, as in run.py
    revs = graphs.neutron_like()
    graphs.write_dbmigrate(revs, os.path.join(work, "migrations"))
    with open(os.path.join(work, "pom.xml"), "w") as f:
        f.write(POM)
    with open(os.path.join(work, "migrate.conf"), "w") as f:
        f.write("[database]\nurl = jdbc:postgresql://127.0.0.1:5432/%s\nuser = postgres\n\n"
                "[migrate]\nscript_location = migrations\nhead_file = false\n" % db)
    recreate(db)
    try:
        timed(repos[0][1] + ["migrate:stamp", "-Dtarget=" + ",".join(graphs.heads(revs))], work)
        # clean: a goal of a plugin with one dependency (Maven 3.8's default maven-clean-plugin 2.5), what
        # Maven spends on any plugin; migrate:help loads ours and runs none of our code (it reads its
        # own 300 KB help file)
        goals = [("validate", ["validate"]), ("clean", ["clean"]), ("migrate:help", ["migrate:help"]),
                 ("migrate:heads", ["migrate:heads"]),
                 ("migrate:history", ["migrate:history"]), ("migrate:current", ["migrate:current"]),
                 ("migrate:upgrade (no-op)", ["migrate:upgrade", "-Dtarget=heads"])]
        runs = [(repo, goal) for goal in goals for repo in repos]
        wall = {(repo[0], goal[0]): [] for repo, goal in runs}
        cpu = {(repo[0], goal[0]): [] for repo, goal in runs}
        load = [os.getloadavg()[0]]
        for rnd in range(rounds):
            for (name, mvn), (goal, args) in (runs if rnd % 2 == 0 else list(reversed(runs))):
                w, c = timed(mvn + args, work)
                wall[name, goal].append(w)
                cpu[name, goal].append(c)
            load.append(os.getloadavg()[0])
            print("  maven: round %d of %d" % (rnd + 1, rounds), file=sys.stderr)
        print("%d rounds, load average (1 min) %.1f to %.1f" % (rounds, min(load), max(load)))
        for name, _ in repos:
            print()
            print("%s:" % name)
            print()
            print("| goal | wall | / `mvn validate` | CPU | / `mvn validate` |")
            print("|---|---|---|---|---|")
            for goal, _ in goals:
                cells = []
                for series in (wall, cpu):
                    ratios = [t / b for t, b in zip(series[name, goal], series[name, "validate"])]
                    cells += ["%.0f ms" % (statistics.median(series[name, goal]) * 1000),
                              "%.2fx" % statistics.median(ratios)]
                print("| %s | %s |" % (goal, " | ".join(cells)))
    finally:
        psql("postgres", "DROP DATABASE IF EXISTS %s" % db)
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
