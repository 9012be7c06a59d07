#!/usr/bin/env bash
# Issue 3 benchmark: `upgrade head` of 1,000 one-table revisions on PostgreSQL and MariaDB against a
# plain-JDBC floor measured in the same run. Needs the servers of README (127.0.0.1:5432, :3306).
# Usage: bench/runtime/run.sh [revisions=1000] [rounds=5]
set -euo pipefail
cd "$(dirname "$0")/../.."
revisions=${1:-1000}
rounds=${2:-5}
mvn -B -q -o -pl migration-core compile
cp_file=$(mktemp)
mvn -B -q -o -pl migration-core dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$cp_file" >/dev/null
cp="migration-core/target/classes:$(cat "$cp_file")"
rm -f "$cp_file"
for db in pg mariadb; do
  java -cp "$cp" bench/runtime/RuntimeBench.java "$db" "$revisions" "$rounds"
done
