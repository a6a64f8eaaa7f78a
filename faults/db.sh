#!/usr/bin/env bash
# The fault suite's own MariaDB (port 3319, data in faults/.mariadb, git-ignored; never the shared
# server on 3306): "start" starts it (and creates the database if missing), "kill" ends it with SIGKILL,
# as in a crash. Used by faults/run.sh and by the suite itself for the database outage.
set -euo pipefail
cd "$(dirname "$0")/.."
DB=${FAULTS_DB:-budget_perf_faults}
HOST=127.0.0.1
PORT=${FAULTS_DB_PORT:-3319}
DATA=$PWD/faults/.mariadb
BUFFER_POOL=256M
LOG_FILE_SIZE=64M
unset BENCH_DB_PORT
case "${1:-}" in
  start)
    shift
    # shellcheck source=../bench/own-mariadb.sh
    source bench/own-mariadb.sh "$@" >/dev/null
    mysqladmin --protocol=tcp -h "$HOST" -P "$PORT" -uroot ping >/dev/null
    ;;
  kill)
    if [[ -f "$DATA/mysqld.pid" ]]; then
      kill -9 "$(cat "$DATA/mysqld.pid")" 2>/dev/null || true
      rm -f "$DATA/mysqld.pid"
    fi
    for _ in $(seq 1 50); do
      mysqladmin --protocol=tcp -h "$HOST" -P "$PORT" -uroot ping >/dev/null 2>&1 || exit 0
      sleep 0.1
    done
    echo "MariaDB on $PORT still answers" >&2; exit 1
    ;;
  *)
    echo "usage: faults/db.sh start [--reseed] | kill" >&2; exit 2
    ;;
esac
