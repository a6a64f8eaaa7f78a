#!/usr/bin/env bash
# The inbox benchmark on MySQL/MariaDB (see bench/java/.../InboxBenchmark.java and README's
# "Benchmarks"). Seeds the database once (100,000 open and 1,000,000 finished tasks by default; a
# second run reuses them; --reseed starts over), then prints the tables.
#
# By default it starts a MariaDB of its own (port 3317, data in bench/inbox/.mariadb, git-ignored)
# with a buffer pool that holds the data set, as a production server would, so the figures are
# not those of a small shared development server; it never touches the shared server on 3306.
# BENCH_DB_PORT=3306 runs against an existing server instead.
#
#   bench/inbox/run.sh [--reseed]
#   BENCH_OPEN=20000 BENCH_FINISHED=100000 bench/inbox/run.sh --reseed   # a smaller data set
#   BENCH_MAVEN_ARGS=-Dapp.session.touch-interval=0s bench/inbox/run.sh   # a setting of the application
set -euo pipefail
cd "$(dirname "$0")/../.."

DB=${BENCH_DB:-budget_perf_bench}
HOST=127.0.0.1
PORT=${BENCH_DB_PORT:-3317}
DATA=$PWD/bench/inbox/.mariadb

BUFFER_POOL=${BENCH_BUFFER_POOL:-4G}
LOG_FILE_SIZE=1G
# shellcheck source=../own-mariadb.sh
source bench/own-mariadb.sh "$@"

LOG=$(mktemp)
TEST_DB=mysql \
DB_URL="jdbc:mysql://$HOST:$PORT/$DB?sendFractionalSeconds=false&nullDatabaseMeansCurrent=true&characterEncoding=UTF-8&connectionTimeZone=UTC&useSSL=false&allowPublicKeyRetrieval=true" \
DB_USERNAME=root DB_PASSWORD= \
  ./mvnw -B -ntp -q -pl backend -am test -Dskip.npm -DskipFrontendTests \
    -Dtest=InboxBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dbench=true \
    -Dbench.open="${BENCH_OPEN:-100000}" -Dbench.finished="${BENCH_FINISHED:-1000000}" \
    -Dbench.rounds="${BENCH_ROUNDS:-200}" -Dbench.completionRounds="${BENCH_COMPLETION_ROUNDS:-20}" \
    ${BENCH_MAVEN_ARGS:-} \
    > "$LOG" 2>&1 || { tail -80 "$LOG"; exit 1; }
# The tables the benchmark logged, without the log prefix.
sed -n '/Inbox, first page/,/ratio API\/bare/p' "$LOG" | sed 's/^.*InboxBenchmark *: //'
grep -E "BenchData .*(Proposed|Copied|Seeded)|InboxBenchmark .*Returned" "$LOG" | sed -E "s/^.*(BenchData|InboxBenchmark) *: /seeding: /" || true
rm -f "$LOG"
