#!/usr/bin/env bash
# The fault suite (README, "Running two nodes"): two nodes of the packaged application on one MariaDB
# of the suite's own (port 3319, data in faults/.mariadb, git-ignored; never the shared server), under
# a load of proposals and task completions, through kill -9 of each node, 30 s without the database and
# a task completed on both nodes at once; then every acknowledged write is looked up, duplicates,
# incidents, stuck processes and unfired timers are counted, and a table is printed. Exit 1 on any.
#
# Needs what `./mvnw verify` built: backend/target/budget-performance.jar (the nodes) and
# backend/target/test-classes (the suite's main, bench/java/.../FaultSuite.java). Bounded: the suite
# is ended after FAULTS_TIMEOUT seconds (330) and the whole script stays under 6 minutes.
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=backend/target/budget-performance.jar
CLASSES=backend/target/test-classes
WORK=faults/.logs
[[ -f $JAR && -f $CLASSES/cn/gov/finance/perf/bench/FaultSuite.class ]] \
  || { echo "faults/run.sh: run ./mvnw verify first (needs $JAR and the compiled FaultSuite)" >&2; exit 2; }
rm -rf "$WORK"; mkdir -p "$WORK/lib"

cleanup() {
  for pid_file in "$WORK"/*.pid; do
    [[ -f $pid_file ]] && kill -9 "$(cat "$pid_file")" 2>/dev/null || true
  done
  bash faults/db.sh kill >/dev/null 2>&1 || true
}
trap cleanup EXIT

echo "== Fault suite: its own MariaDB on ${FAULTS_DB_PORT:-3319}, a new database"
bash faults/db.sh start --reseed
DB=${FAULTS_DB:-budget_perf_faults}
# Camunda's schema from the engine's own scripts, as for a production database: two nodes that start
# at the same moment on an empty database would both try to create it (Flyway, which owns the
# application's tables, takes a lock of its own).
unzip -q -o -j "$JAR" 'BOOT-INF/lib/camunda-engine-7*.jar' 'BOOT-INF/lib/jackson-*.jar' \
  'BOOT-INF/lib/mysql-connector-j-*.jar' -d "$WORK/lib"
for part in engine history identity case.engine case.history decision.engine decision.history; do
  unzip -p "$WORK"/lib/camunda-engine-7*.jar "org/camunda/bpm/engine/db/create/activiti.mysql.create.$part.sql" \
    | mysql --protocol=tcp -h 127.0.0.1 -P "${FAULTS_DB_PORT:-3319}" -uroot "$DB"
done

set +e
timeout --signal=TERM "${FAULTS_TIMEOUT:-330}" java -cp "$CLASSES:$WORK/lib/*" \
  -Dfaults.dbPort="${FAULTS_DB_PORT:-3319}" -Dfaults.db="$DB" cn.gov.finance.perf.bench.FaultSuite "$PWD"
rc=$?
set -e
if [[ $rc == 124 ]]; then
  echo "FAULT SUITE FAILED: not finished within ${FAULTS_TIMEOUT:-330} s (node logs in $WORK)"
elif [[ $rc != 0 ]]; then
  echo "fault suite: exit $rc; node logs in $WORK"
fi
exit $rc
