#!/bin/sh
# Time to ready of examples/spring-boot with dbmigrate's starter vs Spring Boot's Flyway integration
# on PostgreSQL (127.0.0.1:5432, user postgres; PGHOST/PGPORT/PGUSER override).
# Usage: bench/spring-boot-startup/run.sh [rounds]   (default 5)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
work="$here/target"
mkdir -p "$work"
# The app's run-time class path, with reactor modules as their target/classes.
mvn -B -q -f "$root/pom.xml" -pl examples/spring-boot -am compile dependency:build-classpath \
    -Dmdep.includeScope=runtime -Dmdep.outputFile="$work/app.classpath"
mvn -B -q -f "$here/flyway-deps.xml" dependency:build-classpath -Dmdep.outputFile="$work/flyway-only.classpath"
app="$root/examples/spring-boot/target/classes"
without=$(tr ':' '\n' < "$work/app.classpath" | grep -v -e migration-spring-boot-starter -e migration-core | paste -sd: -)
printf '%s:%s\n' "$app" "$(cat "$work/app.classpath")" > "$work/ours.classpath"
printf '%s:%s:%s\n' "$app" "$without" "$(cat "$work/flyway-only.classpath")" > "$work/flyway.classpath"
printf '%s:%s\n' "$app" "$without" > "$work/none.classpath"
exec python3 "$here/bench.py" "$@"
