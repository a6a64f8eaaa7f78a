#!/usr/bin/env bash
# The campaign board benchmark on MySQL/MariaDB (see bench/java/.../BoardBenchmark.java and
# bench/board/README.md). Seeds 20,000 items of fiscal year 2046 in every stage mix by SQL (again on every
# run, a few seconds; they are removed at the end), then prints the tables: the board's first page
# with counts next to Camunda's HistoricProcessInstanceQuery for the same year, and the xlsx export
# of every row with its time and heap.
#
# By default it starts a MariaDB of its own (port 3318, data in bench/board/.mariadb, git-ignored);
# it never touches the shared server on 3306 unless told to: BENCH_DB_PORT=3306 runs against an
# existing server instead.
#
#   bench/board/run.sh [--reseed]
#   BENCH_ITEMS=5000 BENCH_ROUNDS=50 bench/board/run.sh
set -euo pipefail
cd "$(dirname "$0")/../.."

DB=${BENCH_DB:-board_bench}
HOST=127.0.0.1
PORT=${BENCH_DB_PORT:-3318}
DATA=$PWD/bench/board/.mariadb

BUFFER_POOL=${BENCH_BUFFER_POOL:-1G}
LOG_FILE_SIZE=256M
# shellcheck source=../own-mariadb.sh
source bench/own-mariadb.sh "$@"

LOG=$(mktemp)
TEST_DB=mysql \
DB_URL="jdbc:mysql://$HOST:$PORT/$DB?sendFractionalSeconds=false&nullDatabaseMeansCurrent=true&characterEncoding=UTF-8&connectionTimeZone=UTC&useSSL=false&allowPublicKeyRetrieval=true&rewriteBatchedStatements=true" \
DB_USERNAME=root DB_PASSWORD= \
  ./mvnw -B -ntp -q -pl backend -am test -Dskip.npm -DskipFrontendTests \
    -Dtest=BoardBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dbench=true \
    -Dbench.items="${BENCH_ITEMS:-20000}" -Dbench.rounds="${BENCH_ROUNDS:-100}" -Dbench.exports="${BENCH_EXPORTS:-3}" \
    > "$LOG" 2>&1 || { tail -80 "$LOG"; exit 1; }
# The tables the benchmark logged, without the log prefix.
sed -n '/Campaign board, server side/,/ratio export\/Camunda/p' "$LOG" | sed 's/^.*BoardBenchmark *: //'
grep -E "BoardBenchData .*Seeded" "$LOG" | sed 's/^.*BoardBenchData *: /seeding: /' || true
rm -f "$LOG"
