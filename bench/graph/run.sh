#!/bin/sh
# Revision-graph benchmark: builds migration-core's test classes and times RevisionGraph
# (build + heads + history + full upgrade plan) against Alembic 1.8.1 on the same graphs,
# then one cold run of the largest size in a fresh JVM (what a db-manage call pays).
# usage: bench/graph/run.sh [sizes=1000,10000] [runs=9]
set -e
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
mvn -B -q -o -pl migration-core test-compile
cp="migration-core/target/classes:migration-core/target/test-classes"
sizes="${1:-1000,10000}"
java -Xms256m -Xmx512m -cp "$cp" org.dbmigrate.internal.graph.bench.GraphBenchmark \
    "$sizes" "${2:-9}" bench/graph/alembic_bench.py
largest=$(echo "$sizes" | tr ',' '\n' | sort -n | tail -1)
java -Xms256m -Xmx512m -cp "$cp" org.dbmigrate.internal.graph.bench.GraphBenchmark cold "$largest"
