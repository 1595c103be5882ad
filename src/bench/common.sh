# Shared by the benchmarks (run.sh, cold-pages.sh, cluster.sh, ...): installing tools, starting and stopping what the bench runs, reading wrk.
# Source it; it defines functions and the ROOT, JAR and WORK variables, and cleans up on exit.

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
WORK="$(mktemp -d /tmp/filmref-bench.XXXXXX)"
# The embedded database of every app this run starts (a file, migrated by the first start; README "Run it").
DATA_DIR="$WORK/data"
chmod 755 "$WORK"
STARTED_PIDS=()

cleanup() {
  local pid
  for pid in "${STARTED_PIDS[@]}"; do
    kill "$pid" 2>/dev/null || true
  done
  for pid in "${STARTED_PIDS[@]}"; do
    wait "$pid" 2>/dev/null || true
  done
  [ -n "${PG_DATA:-}" ] && stop_postgres
  rm -rf "$WORK"
}
trap cleanup EXIT
trap 'log "${BASH_SOURCE[0]##*/}: failed at line $LINENO: $BASH_COMMAND"' ERR
trap 'exit 130' INT TERM

log() { printf '%s\n' "$*" >&2; }

# The deployment's JVM options (src/deploy/jvm.options, one a line, comments after #): JAVA_OPTS the memory options,
# TUNED_OPTS those of the tuned start (Spring AOT, C1 only), which the benchmarks' plain starts leave out.
JAVA_OPTS=() TUNED_OPTS=()
while IFS= read -r option; do
  case "$option" in
    -Dspring.aot.enabled=*|-XX:TieredStopAtLevel=*) TUNED_OPTS+=("$option") ;;
    *) JAVA_OPTS+=("$option") ;;
  esac
done < <(sed -e 's/#.*//' -e 's/^[[:space:]]*//' -e 's/[[:space:]]*$//' -e '/^$/d' "$ROOT/src/deploy/jvm.options")
# shellcheck disable=SC2206
[ -n "${BENCH_JAVA_OPTS:-}" ] && JAVA_OPTS=($BENCH_JAVA_OPTS)
# shellcheck disable=SC2206
[ -n "${BENCH_TUNED_OPTS+set}" ] && TUNED_OPTS=($BENCH_TUNED_OPTS)


# Installs Debian packages for the commands that are missing (one apt-get update, only if needed).
need_commands() {
  local missing=() cmd pkg
  for pair in "$@"; do
    cmd="${pair%%:*}"; pkg="${pair#*:}"
    command -v "$cmd" >/dev/null 2>&1 || [ -x "/usr/sbin/$cmd" ] || missing+=("$pkg")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    log "Installing from Debian: ${missing[*]}"
    $sudo apt-get update -qq
    # policy-rc.d keeps the packages from starting system services (nginx would take port 80).
    local policy_added=""
    if [ ! -e /usr/sbin/policy-rc.d ]; then
      printf '#!/bin/sh\nexit 101\n' | $sudo tee /usr/sbin/policy-rc.d >/dev/null
      $sudo chmod +x /usr/sbin/policy-rc.d
      policy_added=1
    fi
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
    if [ -n "$policy_added" ]; then $sudo rm -f /usr/sbin/policy-rc.d; fi
  fi
}

# The packaged jar, built when missing.
find_jar() {
  JAR="$(ls "$ROOT"/target/filmref-*.jar 2>/dev/null | grep -v '\.original$' | head -1 || true)"
  if [ -z "$JAR" ]; then
    log "Building the jar (./mvnw -B -q -DskipTests package)"
    (cd "$ROOT" && ./mvnw -B -q -DskipTests package)
    JAR="$(ls "$ROOT"/target/filmref-*.jar | grep -v '\.original$' | head -1)"
  fi
}

# Class-data-sharing as the deployment recipe does it (README, "Deploy it"): Boot's documented training run on
# the extracted jar, once. prepare_cds PORT MGMT_PORT PATH... serves each path (plain and gzipped) before it stops, so
# the archive also holds the classes that answer requests; sets CDS_JAR, and the archive is $WORK/app.jsa. The
# training run has a database of its own, removed afterwards.
prepare_cds() {
  local port="$1" mgmt="$2" page; shift 2
  log "Extracting the jar and training a CDS archive"
  java -Djarmode=tools -jar "$JAR" extract --destination "$WORK/extracted" >/dev/null
  CDS_JAR="$(ls "$WORK"/extracted/*.jar | head -1)"
  start_app cds-training "$port" "$mgmt" -- "${JAVA_OPTS[@]}" "${TUNED_OPTS[@]}" \
    -XX:ArchiveClassesAtExit="$WORK/app.jsa" -jar "$CDS_JAR" --spring.profiles.active=bench \
    --filmref.data-directory="$WORK/cds-data"
  for page in "$@"; do
    curl -s -o /dev/null "http://127.0.0.1:$port$page"
    curl -s -o /dev/null -H 'Accept-Encoding: gzip' "http://127.0.0.1:$port$page"
  done
  stop_app
  rm -rf "$WORK/cds-data"
  [ -s "$WORK/app.jsa" ] || { log "CDS training wrote no archive:"; tail -30 "$WORK/app-cds-training.log" >&2; exit 1; }
}

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

# start_app NAME PORT MGMT_PORT -- JAVA_ARGS... : starts the app in the background, waits for the first HTTP 200 on
# / and for readiness, and sets APP_PID, APP_LOG, APP_FIRST_200_MS (launch to first 200), APP_READY_MS (launch to
# readiness: the search index and the page cache's warm-up) and APP_STARTED_S (Boot's own figure).
start_app() {
  local name="$1" port="$2" mgmt="$3"; shift 4
  APP_LOG="$WORK/app-$name.log"
  if curl -s -o /dev/null "http://127.0.0.1:$port/" || curl -s -o /dev/null "http://127.0.0.1:$mgmt/"; then
    log "Port $port or $mgmt is taken: another server would answer for the app ($name)"; exit 1
  fi
  local launched; launched="$(now_ms)"
  java "$@" --server.port="$port" --management.server.port="$mgmt" >"$APP_LOG" 2>&1 &
  APP_PID=$!
  STARTED_PIDS+=("$APP_PID")
  local deadline=$(( launched + ${START_TIMEOUT_S:-120} * 1000 ))
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/" || true)" = 200 ]; do
    if ! kill -0 "$APP_PID" 2>/dev/null || [ "$(now_ms)" -gt "$deadline" ]; then
      log "The app ($name) did not start; its log:"; tail -50 "$APP_LOG" >&2; exit 1
    fi
    sleep 0.05
  done
  APP_FIRST_200_MS=$(( $(now_ms) - launched ))
  # The management port comes up a moment after the public one.
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$mgmt/actuator/health/readiness" || true)" = 200 ]; do
    if ! kill -0 "$APP_PID" 2>/dev/null || [ "$(now_ms)" -gt "$deadline" ]; then
      log "The app ($name) did not become ready; its log:"; tail -50 "$APP_LOG" >&2; exit 1
    fi
    sleep 0.05
  done
  APP_READY_MS=$(( $(now_ms) - launched ))
  APP_STARTED_S="$(sed -n 's/.*Started [A-Za-z]* in \([0-9.]*\) seconds.*/\1/p' "$APP_LOG" | head -1)"
}

stop_app() {
  kill "$APP_PID" 2>/dev/null || true
  wait "$APP_PID" 2>/dev/null || true
}

# Peak resident memory of a process in MiB (VmHWM).
peak_rss_mib() { awk '/^VmHWM:/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status"; }

# run_wrk OUTFILE URL [EXTRA wrk ARGS...] [-- SCRIPT ARGS...], then read with wrk_rps, wrk_pct...
run_wrk() {
  local out="$1" url="$2" opts=(); shift 2
  while [ $# -gt 0 ] && [ "$1" != "--" ]; do opts+=("$1"); shift; done
  wrk --latency "${opts[@]}" "$url" "$@" >"$out" 2>&1 || { log "wrk failed:"; cat "$out" >&2; return 1; }
}

# Requests/s, p50 and p99 in ms, non-2xx/3xx count, socket error count from a wrk output file.
wrk_rps() { awk '/^Requests\/sec:/ { printf "%.0f", $2 }' "$1"; }
wrk_pct() {
  awk -v p="$2%" '$1 == p {
      v = $2; u = v; sub(/[0-9.]+/, "", u); sub(/[a-z]+$/, "", v);
      if (u == "us") v = v / 1000; else if (u == "s") v = v * 1000; else if (u == "m") v = v * 60000;
      printf "%.2f", v }' "$1"
}
wrk_non2xx() { awk '/Non-2xx or 3xx responses:/ { n = $5 } END { print n + 0 }' "$1"; }
wrk_socket_errors() {
  awk '/Socket errors:/ { gsub(/,/, ""); n = $4 + $6 + $8 + $10 } END { print n + 0 }' "$1"
}

# A throwaway PostgreSQL 15 cluster on PORT (the same recipe as the tests' PostgresCluster).
PG_BIN=/usr/lib/postgresql/15/bin
# start_postgres PORT [SERVER_OPTIONS]: SERVER_OPTIONS are more "-c name=value" settings of the server.
start_postgres() {
  local port="$1" options="${2:-}"
  PG_DATA="$WORK/pg/data"
  mkdir -p "$WORK/pg/sock"
  local as=()
  if [ "$(id -u)" -eq 0 ]; then chown -R postgres:postgres "$WORK/pg"; as=(runuser -u postgres --); fi
  PG_AS=("${as[@]}")
  "${as[@]}" "$PG_BIN/initdb" -D "$PG_DATA" -U filmref --auth=trust --encoding=UTF8 --locale=C.UTF-8 --no-sync >/dev/null
  "${as[@]}" "$PG_BIN/pg_ctl" -D "$PG_DATA" -w -l "$PG_DATA/server.log" \
    -o "-p $port -k $WORK/pg/sock -c listen_addresses=127.0.0.1 -c max_connections=200 $options" start >/dev/null
  "$PG_BIN/psql" -h 127.0.0.1 -p "$port" -U filmref -d postgres -qc 'CREATE DATABASE filmref' >/dev/null
}
stop_postgres() {
  "${PG_AS[@]}" "$PG_BIN/pg_ctl" -D "$PG_DATA" -m fast -w stop >/dev/null 2>&1 || true
  PG_DATA=""
}

# sitemap_paths BASE_URL OUTFILE: every page address (path and query, without scheme and host) listed in
# BASE_URL/sitemap.xml, following a sitemap index to its sitemaps, one a line in the sitemap's order.
sitemap_paths() {
  local base="$1" out="$2" queue=("$1/sitemap.xml") xml loc
  : >"$out"
  while [ ${#queue[@]} -gt 0 ]; do
    xml="$(curl -sf --compressed "${queue[0]}")" || { log "cannot read ${queue[0]}"; return 1; }
    queue=("${queue[@]:1}")
    local index=""
    grep -q '<sitemapindex' <<<"$xml" && index=1
    while IFS= read -r loc; do
      loc="${loc//&amp;/\&}"
      loc="$base/${loc#*://*/}"
      if [ -n "$index" ]; then
        queue+=("$loc")
      else
        printf '/%s\n' "${loc#"$base"/}" >>"$out"
      fi
    done < <(grep -o '<loc>[^<]*</loc>' <<<"$xml" | sed 's|<loc>\(.*\)</loc>|\1|')
  done
  [ -s "$out" ] || { log "no address in $base/sitemap.xml"; return 1; }
}

# free_port FROM: the first port from FROM on that nothing listens on.
free_port() {
  local port="$1"
  while ss -ltnH "sport = :$port" | grep -q .; do port=$((port + 1)); done
  echo "$port"
}

# metric MGMT_PORT AWK_REGEX: the sum of the Prometheus samples whose line matches the regex.
metric() {
  curl -s "http://127.0.0.1:$1/actuator/prometheus" | awk -v re="$2" '$0 ~ re && !/^#/ { n += $NF } END { printf "%.0f", n }'
}

# nginx.conf serving $WORK/www on 127.0.0.1:$1, with gzip_static $2 ("on"/"off") and the location blocks $3
# (the files as the app served them, so both sides send the very same bytes).
nginx_conf() {
  local port="$1" gzip_static="$2" locations="$3"
  mkdir -p "$WORK/nginx-tmp"
  cat >"$WORK/nginx.conf" <<CONF
worker_processes auto;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log warn;
daemon off;
user root;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 100000;
  default_type "text/html; charset=UTF-8";
  gzip off;
  gzip_static $gzip_static;
  client_body_temp_path $WORK/nginx-tmp;
  proxy_temp_path $WORK/nginx-tmp;
  fastcgi_temp_path $WORK/nginx-tmp;
  uwsgi_temp_path $WORK/nginx-tmp;
  scgi_temp_path $WORK/nginx-tmp;
  server {
    listen 127.0.0.1:$port;
    root $WORK/www;
$locations  }
}
CONF
}
