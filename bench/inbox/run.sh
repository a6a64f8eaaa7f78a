#!/usr/bin/env bash
# The inbox benchmark on MySQL/MariaDB (see bench/java/.../InboxBenchmark.java and README's
# "Benchmarks"). Seeds the database once (100,000 open and 1,000,000 finished tasks by default; a
# second run reuses them; --reseed starts over), then prints the tables.
#
#   bench/inbox/run.sh [--reseed]
#   BENCH_OPEN=20000 BENCH_FINISHED=100000 bench/inbox/run.sh --reseed   # a smaller data set
set -euo pipefail
cd "$(dirname "$0")/../.."

DB=${BENCH_DB:-budget_perf_bench}
HOST=${BENCH_DB_HOST:-127.0.0.1}
PORT=${BENCH_DB_PORT:-3306}
if [[ "${1:-}" == "--reseed" ]]; then
  mysql --protocol=tcp -h "$HOST" -P "$PORT" -uroot -e "DROP DATABASE IF EXISTS $DB"
fi
mysql --protocol=tcp -h "$HOST" -P "$PORT" -uroot -e \
  "CREATE DATABASE IF NOT EXISTS $DB CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"

LOG=$(mktemp)
TEST_DB=mysql \
DB_URL="jdbc:mysql://$HOST:$PORT/$DB?sendFractionalSeconds=false&nullDatabaseMeansCurrent=true&characterEncoding=UTF-8&connectionTimeZone=UTC&useSSL=false&allowPublicKeyRetrieval=true&rewriteBatchedStatements=true" \
DB_USERNAME=root DB_PASSWORD= \
  ./mvnw -B -ntp -q -pl backend -am test -Dskip.npm -DskipFrontendTests \
    -Dtest=InboxBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dbench=true \
    -Dbench.open="${BENCH_OPEN:-100000}" -Dbench.finished="${BENCH_FINISHED:-1000000}" \
    -Dbench.rounds="${BENCH_ROUNDS:-200}" > "$LOG" 2>&1 || { tail -80 "$LOG"; exit 1; }
# The tables the benchmark logged, without the log prefix.
sed -n '/Inbox, first page/,/ratio API\/bare/p' "$LOG" | sed 's/^.*InboxBenchmark *: //'
grep -E "BenchData .*(Proposed|Copied|Seeded)" "$LOG" | sed 's/^.*BenchData *: /seeding: /' || true
