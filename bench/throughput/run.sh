#!/bin/sh
# Issue 18: whole-process `db-manage upgrade head` against psql / the mariadb client running the
# same statements with the same transaction boundaries. Needs PostgreSQL and MariaDB on 127.0.0.1.
# usage: bench/throughput/run.sh [rounds=3] [sizes=1000,5000] [databases=pg,mariadb]
# SYNC_COMMIT=off gives both PostgreSQL databases synchronous_commit = off (see README).
set -e
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
mvn -B -q -o -pl migration-cli -am package -DskipTests
dist=$(mktemp -d)
cp migration-cli/target/db-manage migration-cli/target/db-manage.jar migration-cli/target/db-manage.classlist "$dist"
python3 bench/throughput/run.py "$dist/db-manage" "${1:-3}" "${2:-1000,5000}" "${3:-pg,mariadb}"
rm -rf "$dist"
