#!/usr/bin/env bash
# Issue 17 benchmark: `upgrade head` of a fleet of PostgreSQL tenant schemas (20 revisions each)
# by one db-manage with --parallel 1, 2, 4, 8, against
#   - the floor: psql applying the same revisions (db-manage's own offline script, with the same
#     per-revision transactions and version-row updates) to each schema, the same parallelism
#     through xargs -P;
#   - the loop users write today: one db-manage process per tenant (measured on a sample of
#     LOOP_SAMPLE tenants and reported per tenant, since 500 JVM starts take many minutes);
# and the growth of ours from 50 to 500 to 2,000 schemas. All in one run, on the PostgreSQL of
# README (127.0.0.1:5432, user postgres, trust), with synchronous_commit off for all alike (see
# reset). Ratios are the figures to read: the machine is shared.
#
# Usage: bench/fleet/run.sh [tenants=500] [growth="50 500 2000"] [parallels="1 2 4 8"] [loop_sample=50]
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
tenants=${1:-500}
growth=${2:-"50 500 2000"}
parallels=${3:-"1 2 4 8"}
loop_sample=${4:-50}
revisions=20
db=dbm_bench_fleet
pg="psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -U postgres"

mvn -B -q -o -pl migration-cli -am package -DskipTests >/dev/null
work=$(mktemp -d)
# A copy, so that a build in this worktree during the run cannot swap the jar under the bench.
jar="$work/db-manage.jar"
cp "$root/migration-cli/target/db-manage.jar" "$jar"
java_cmd=(java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -jar "$jar")

trap 'rm -rf "$work"; $pg -d postgres -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null' EXIT
mkdir -p "$work/migrations/versions"
for i in $(seq 1 $revisions); do
  id=$(printf "%03d" "$i")
  parent=$([ "$i" -eq 1 ] && echo "" || printf "%03d" $((i - 1)))
  cat > "$work/migrations/versions/${id}_table_${i}.sql" <<SQL
-- Table $i
--
-- Revision: $id
-- Revises: $parent
-- Create Date: 2026-12-01 10:00:00

-- migrate:upgrade
CREATE TABLE t$i (id INT PRIMARY KEY, name VARCHAR(50) NOT NULL);
CREATE INDEX t${i}_name ON t$i (name);
INSERT INTO t$i (id, name) VALUES (1, 'first');

-- migrate:downgrade
DROP TABLE t$i;
SQL
done
printf "%03d\n" $revisions > "$work/migrations/versions/HEAD"
cat > "$work/fleet.conf" <<CONF
[database]
url = jdbc:postgresql://127.0.0.1:5432/$db
user = postgres

[migrate]
script_location = migrations

[targets]
discover = schemas like 'tenant%'
CONF
cat > "$work/one.conf" <<CONF
[database]
url = jdbc:postgresql://127.0.0.1:5432/$db
user = postgres

[migrate]
script_location = migrations
CONF
"${java_cmd[@]}" --config-file "$work/one.conf" -q upgrade head --sql > "$work/upgrade.sql"

# A fresh database with n empty tenant schemas, created in one batch. synchronous_commit is off
# for every contender alike: this disk takes ~50 ms per fsync, which would bury the tools' own cost
# (20 commits per tenant) under the disk's.
reset() {
  $pg -d postgres -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" -c "CREATE DATABASE $db" \
      -c "ALTER DATABASE $db SET synchronous_commit = off" >/dev/null
  seq -f "CREATE SCHEMA tenant_%05g;" 1 "$1" | $pg -d $db >/dev/null
}

seconds() { date +%s.%N; }
load() { cut -d' ' -f1-3 /proc/loadavg; }
elapsed() { echo "$(seconds) - $1" | bc; }

# Every tenant at the head with one row per table, else the run did not do the work.
check() {
  local at
  at=$($pg -d $db -A -t -c "SELECT count(*) FROM pg_namespace n WHERE nspname LIKE 'tenant%' AND EXISTS (SELECT 1 FROM pg_class c WHERE c.relnamespace = n.oid AND c.relname = 't$revisions')")
  [ "$at" -eq "$1" ] || { echo "only $at of $1 tenants migrated" >&2; exit 1; }
}

floor() { # n parallel
  reset "$1"
  local start; start=$(seconds)
  seq -f "tenant_%05g" 1 "$1" | xargs -P "$2" -I{} $pg -d $db -c "SET search_path TO {}" -f "$work/upgrade.sql"
  elapsed "$start"
  check "$1"
}

ours() { # n parallel
  reset "$1"
  local start; start=$(seconds)
  "${java_cmd[@]}" --config-file "$work/fleet.conf" -q upgrade head --parallel "$2" >/dev/null
  elapsed "$start"
  check "$1"
}

loop() { # n parallel (one db-manage process per tenant, parallel at a time through xargs -P)
  reset "$1"
  local start; start=$(seconds)
  seq -f "tenant_%05g" 1 "$1" | xargs -P "$2" -I{} "${java_cmd[@]}" --config-file "$work/one.conf" -q \
      --database-connection "jdbc:postgresql://127.0.0.1:5432/$db?currentSchema={}" upgrade head >/dev/null
  elapsed "$start"
  check "$1"
}

echo "fleet of $tenants PostgreSQL schemas x $revisions revisions; $(nproc) cores, $(date -u +%FT%TZ)"
printf "%-10s %10s %10s %8s  %s\n" parallel "ours s" "floor s" ratio "load average"
for p in $parallels; do
  o=$(ours "$tenants" "$p")
  f=$(floor "$tenants" "$p")
  printf "%-10s %10.2f %10.2f %8.2f  %s\n" "$p" "$o" "$f" "$(echo "$o / $f" | bc -l)" "$(load)"
  eval "ours_$p=$o"
  eval "floor_$p=$f"
done
echo "loop of one db-manage per tenant ($loop_sample tenants sampled; per tenant)"
printf "%-10s %12s %12s %8s  %s\n" parallel "loop s/ten." "ours s/ten." "loop/ours" "load average"
for p in $parallels; do
  l=$(loop "$loop_sample" "$p")
  per_loop=$(echo "$l / $loop_sample" | bc -l)
  per_ours=$(echo "$(eval echo "\$ours_$p") / $tenants" | bc -l)
  printf "%-10s %12.3f %12.3f %8.1f  %s\n" "$p" "$per_loop" "$per_ours" "$(echo "$per_loop / $per_ours" | bc -l)" "$(load)"
done

echo "growth (parallel 4)"
printf "%-10s %10s %14s %10s %8s  %s\n" schemas "ours s" "ms per schema" "floor s" ratio "load average"
for n in $growth; do
  # The matrix above already measured this size at parallel 4: reuse it rather than run it twice.
  if [ "$n" -eq "$tenants" ] && [ -n "${ours_4:-}" ]; then
    o=$ours_4; f=$floor_4; l="(from the table above)"
  else
    o=$(ours "$n" 4)
    f=$(floor "$n" 4)
    l=$(load)
  fi
  printf "%-10s %10.2f %14.1f %10.2f %8.2f  %s\n" "$n" "$o" "$(echo "$o * 1000 / $n" | bc -l)" "$f" "$(echo "$o / $f" | bc -l)" "$l"
done
