# Sourced by the benchmark scripts: a MariaDB of the benchmark's own (never the shared server on
# 3306, unless BENCH_DB_PORT says so) and its database, created once or again with --reseed.
# Expects DB, HOST, PORT, DATA, BUFFER_POOL and LOG_FILE_SIZE; takes the script's first argument.
if [[ -z "${BENCH_DB_PORT:-}" ]]; then
  if ! mysqladmin --protocol=tcp -h "$HOST" -P "$PORT" -uroot ping >/dev/null 2>&1; then
    # Its temporary tables in its own directory, not the machine's /tmp (which other jobs clean up).
    mkdir -p "$DATA/tmp"
    USER_OPT=(); [[ $(id -u) == 0 ]] && USER_OPT=(--user=root)
    if [[ ! -d "$DATA/data/mysql" ]]; then
      mariadb-install-db --no-defaults --datadir="$DATA/data" --auth-root-authentication-method=normal \
        --skip-test-db "${USER_OPT[@]}" > "$DATA/install.log" 2>&1
    fi
    /usr/sbin/mariadbd --no-defaults --datadir="$DATA/data" --port="$PORT" --bind-address="$HOST" \
      --socket="$DATA/mysqld.sock" --pid-file="$DATA/mysqld.pid" --log-error="$DATA/error.log" --tmpdir="$DATA/tmp" --skip-log-bin \
      --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci --transaction-isolation=READ-COMMITTED \
      --innodb-buffer-pool-size="$BUFFER_POOL" --innodb-log-file-size="$LOG_FILE_SIZE" --max-connections=200 \
      "${USER_OPT[@]}" > "$DATA/server.log" 2>&1 &
    for _ in $(seq 1 60); do
      mysqladmin --protocol=tcp -h "$HOST" -P "$PORT" -uroot ping >/dev/null 2>&1 && break
      sleep 1
    done
  fi
  echo "benchmark database: MariaDB of its own on port $PORT (stop it with: mysqladmin -h $HOST -P $PORT -uroot shutdown)"
fi

if [[ "${1:-}" == "--reseed" ]]; then
  mysql --protocol=tcp -h "$HOST" -P "$PORT" -uroot -e "DROP DATABASE IF EXISTS $DB"
fi
mysql --protocol=tcp -h "$HOST" -P "$PORT" -uroot -e \
  "CREATE DATABASE IF NOT EXISTS $DB CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
