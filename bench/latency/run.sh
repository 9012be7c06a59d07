#!/bin/sh
# Issue 12.1: whole-process latency of db-manage against Alembic 1.8.1 and an empty JVM start,
# then the Maven plugin's own cost per goal against `mvn validate`. Needs PostgreSQL on 127.0.0.1,
# /usr/bin/alembic with python3-psycopg2. maven.py times the plugin of this checkout: with
# LATENCY_M2=<folder> (a private local repository, e.g. a copy of ~/.m2/repository) it is installed
# there first; without, the one in the default local repository is timed.
# usage: bench/latency/run.sh [rounds=5] [graphs=neutron,1000,10000]
set -e
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
mvn -B -q -o -pl migration-cli -am package -DskipTests
# a copy, so a rebuild during the run cannot change the jar under it
dist=$(mktemp -d)
cp migration-cli/target/db-manage migration-cli/target/db-manage.jar migration-cli/target/db-manage.classlist "$dist"
cd bench/latency
python3 run.py "$dist/db-manage" "${1:-5}" "${2:-neutron,1000,10000}"
if [ -n "${LATENCY_M2:-}" ]; then
  (cd "$root" && mvn -B -q -o -Dmaven.repo.local="$LATENCY_M2" -pl migration-maven-plugin -am install \
      -DskipTests -Dinvoker.skip=true)
fi
python3 maven.py "${1:-5}" ${LATENCY_M2:+"$LATENCY_M2"}
rm -rf "$dist"
