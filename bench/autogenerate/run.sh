#!/usr/bin/env bash
# Issue 6 benchmark: introspection of a 500-table schema on H2, PostgreSQL and MariaDB, against the
# same catalog queries through plain JDBC (floor) and per-table DatabaseMetaData (naive), measured
# in the same run. Needs the servers of README (127.0.0.1:5432, :3306).
# Usage: bench/autogenerate/run.sh [tables=500] [rounds=5]
set -euo pipefail
cd "$(dirname "$0")/../.."
tables=${1:-500}
rounds=${2:-5}
mvn -B -q -o -pl migration-core compile
cp_file=$(mktemp)
mvn -B -q -o -pl migration-core dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$cp_file" >/dev/null
cp="migration-core/target/classes:$(cat "$cp_file")"
rm -f "$cp_file"
for db in h2 pg mariadb; do
  java -cp "$cp" bench/autogenerate/IntrospectionBench.java "$db" "$tables" "$rounds"
done
