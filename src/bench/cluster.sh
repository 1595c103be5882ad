#!/usr/bin/env bash
# Production as it runs (src/docs/deployment.md): two nodes behind nginx on one PostgreSQL, all on loopback, under
# load while a node is killed, while a deployment rolls through, and while the database restarts.
#
#   src/bench/cluster.sh [-s SCENARIOS] [-d STEADY_DURATION] [-k DIRECTORY]
#
# Starts a throwaway PostgreSQL 15 cluster (port 15532), trains a class-data-sharing archive, starts node 1
# (src/deploy/node.sh, ports 18180/18181), which migrates the empty database, then node 2 (18190/18191), which only
# validates it, and nginx (src/deploy/nginx.conf, port 18100). Every scenario runs wrk -t2 -c64 through nginx over
# every address of the sitemap in turn (src/bench/pages.lua) and reports requests/s, p50/p99, and every response that
# was not 2xx/304 by status. SCENARIOS (comma-separated, default all, in this order):
#   steady  60 s from cold (empty caches in nginx and on the nodes)
#   kill    node 1 killed with kill -9 10 s into a 40 s load from an empty nginx cache (so requests reach the
#           nodes), started again 5 s later: no failed request
#   roll    a rolling deployment under load: each node in turn shut down gracefully (SIGTERM; nginx sends what it
#           refuses to the other node) and replaced by one of a new content version (the same jar stamped as another
#           build), then the old version's pages removed from nginx's cache; once max-age (60 s) has passed, every
#           page through nginx: no response of the old version
#   db      PostgreSQL stopped for 20 s under load (pages, and searches no cache holds): only 503s with Retry-After,
#           every page again within 10 s of the database's return, no node restarted
# It fails when a scenario's condition does not hold, and stops everything it started. -k keeps wrk's outputs, nginx's
# logs (every request: time, status, cache status, nodes tried, ETag) and the nodes' logs in DIRECTORY.
set -euo pipefail
source "$(dirname "$0")/common.sh"

SCENARIOS=steady,kill,roll,db STEADY=60s KEEP=""
while getopts "s:d:k:h" opt; do
  case "$opt" in
    s) SCENARIOS="$OPTARG" ;; d) STEADY="$OPTARG" ;; k) KEEP="$OPTARG" ;;
    *) sed -n '2,22p' "$0"; exit 2 ;;
  esac
done
if [ -n "$KEEP" ]; then
  mkdir -p "$KEEP"
  trap 'cp "$WORK"/*.txt "$WORK"/node*.log "$NGINX_PREFIX"/*.log "$KEEP"/ 2>/dev/null || true; cleanup' EXIT
fi

PG_PORT=15532 NGINX_PORT=18100 CDS_PORT=18170 NODES=(1 2)
BASE="http://127.0.0.1:$NGINX_PORT"
DEPLOY="$ROOT/src/deploy"
NGINX_PREFIX="$WORK/nginx"
need_commands wrk:wrk curl:curl nginx:nginx
[ -x "$PG_BIN/initdb" ] || need_commands "initdb:postgresql"
find_jar

node_port() { echo $((18170 + 10 * $1)); }
node_mgmt() { echo $((18171 + 10 * $1)); }
declare -A NODE_PID

# node_start I [ARGS...]: starts node I in the background (the recipe of src/deploy/node.sh).
node_start() {
  local i="$1"; shift
  FILMREF_JAR="$CDS_JAR" FILMREF_CDS_ARCHIVE="$WORK/app.jsa" FILMREF_BASE_URL="$BASE" \
    "$DEPLOY/node.sh" "$(node_port "$i")" "$(node_mgmt "$i")" "$@" >>"$WORK/node$i.log" 2>&1 &
  NODE_PID[$i]=$!
  STARTED_PIDS+=("$!")
}

# node_ready I: waits (at most 180 s) until node I's readiness is UP; prints the seconds it took.
node_ready() {
  local i="$1" from; from="$(now_ms)"
  until curl -sf -o /dev/null "http://127.0.0.1:$(node_mgmt "$i")/actuator/health/readiness"; do
    if ! kill -0 "${NODE_PID[$i]}" 2>/dev/null || [ $(( $(now_ms) - from )) -gt 180000 ]; then
      log "node $i: not ready within 180 s; its log:"; tail -40 "$WORK/node$i.log" >&2; exit 1
    fi
    sleep 0.2
  done
  echo "$(( ($(now_ms) - from) / 100 ))" | sed 's/.$/.&/'
}

# nginx_conf: writes nginx's configuration with every node.
nginx_conf() {
  local nodes=() i
  for i in "${NODES[@]}"; do nodes+=("127.0.0.1:$(node_port "$i")"); done
  "$DEPLOY/nginx-conf.sh" "$NGINX_PREFIX" "127.0.0.1:$NGINX_PORT" "${nodes[@]}"
}

# nginx_start: starts nginx with an empty cache (every request then reaches a node until nginx has the page).
nginx_start() {
  if [ -n "${NGINX_PID:-}" ]; then kill "$NGINX_PID"; wait "$NGINX_PID" || true; fi
  rm -rf "$NGINX_PREFIX/cache"
  nginx_conf
  nginx -p "$NGINX_PREFIX" -c "$NGINX_PREFIX/nginx.conf" >>"$WORK/nginx.out" 2>&1 &
  NGINX_PID=$!
  STARTED_PIDS+=("$NGINX_PID")
  until curl -s -o /dev/null "$BASE/robots.txt"; do kill -0 "$NGINX_PID" || { cat "$WORK/nginx.out" >&2; exit 1; }; sleep 0.1; done
}

# etag_of URL: the ETag a page answers with.
etag_of() { curl -s -o /dev/null -D - "$1" | awk 'tolower($1) == "etag:" { sub(/\r$/, ""); print $2 }'; }

# load NAME DURATION [MODE [CONNECTIONS]]: wrk through nginx in the background, its output in $WORK/NAME.txt;
# LOAD_PID is wrk's (SIGINT ends it early, with its figures).
load() {
  local name="$1" duration="$2" mode="${3:-cycle}" connections="${4:-64}" paths="$WORK/paths.txt"
  wrk --latency -t2 -c"$connections" -d"$duration" --timeout 10s -H 'Accept-Encoding: gzip' \
    -s "$ROOT/src/bench/pages.lua" "$BASE" -- "$paths" "$mode" tally >"$WORK/$name.txt" 2>&1 &
  LOAD_PID=$!
}

# report NAME: one line of figures from $WORK/NAME.txt; FAILED is the number of requests that were not 2xx/304.
report() {
  local out="$WORK/$1.txt" statuses
  statuses="$(awk -F': ' '/^status / { s = $1; sub(/status /, "", s); if (s !~ /^2/ && s != "304") printf " %s: %s,", s, $2 }' "$out")"
  FAILED=$(( $(awk -F': ' '/^status / { s = $1; sub(/status /, "", s); if (s !~ /^2/ && s != "304") n += $2 } END { print n + 0 }' "$out") \
    + $(wrk_socket_errors "$out") ))
  RESULTS+=("$1: $(wrk_rps "$out") requests/s, p50 $(wrk_pct "$out" 50) ms, p99 $(wrk_pct "$out" 99) ms,"\
" $(awk '/requests in/ { print $1 }' "$out") requests, not 2xx/304:${statuses:- none,} socket errors $(wrk_socket_errors "$out")")
  log "${RESULTS[-1]}"
  sed 's/^/    /' "$out" >&2
}

RESULTS=() VERDICTS=()
verdict() { VERDICTS+=("$1"); log "$1"; }

# --- The cluster: PostgreSQL, a CDS archive, node 1 (migrates), node 2, nginx.
start_postgres "$PG_PORT"
export SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/filmref"
export SPRING_DATASOURCE_USERNAME=filmref SPRING_DATASOURCE_PASSWORD=
prepare_cds "$CDS_PORT" $((CDS_PORT + 1)) / /films/leaving-las-vegas /people/nicolas-cage /awards/academy-awards/1996
node_start 1
log "node 1 migrated the database and was ready in $(node_ready 1) s"
node_start 2
log "node 2 was ready in $(node_ready 2) s"
nginx_start

# The sitemap from a node: nothing of it goes through nginx's cache before the first scenario.
sitemap_paths "http://127.0.0.1:$(node_port 1)" "$WORK/paths.txt"
log "$(wc -l <"$WORK/paths.txt") addresses from the sitemap"
OLD_ETAG="$(etag_of "http://127.0.0.1:$(node_port 1)/")"

for scenario in ${SCENARIOS//,/ }; do
  case "$scenario" in
  steady)
    log "steady: wrk -t2 -c64 -d$STEADY through nginx, every address in turn, from cold"
    load steady "$STEADY"
    wait "$LOAD_PID"
    report steady
    [ "$FAILED" -eq 0 ] && verdict "steady: OK, no request failed" || verdict "steady: FAIL, $FAILED requests failed"
    ;;
  kill)
    log "kill: 40 s of load from nginx's empty cache; node 1 killed with kill -9 at 10 s, started again at 15 s"
    nginx_start
    load kill 40s
    sleep 10
    kill -9 "${NODE_PID[1]}"
    wait "${NODE_PID[1]}" 2>/dev/null || true
    sleep 5
    node_start 1
    log "node 1 started again, ready in $(node_ready 1) s"
    wait "$LOAD_PID"
    report kill
    [ "$FAILED" -eq 0 ] && verdict "kill: OK, no request failed" || verdict "kill: FAIL, $FAILED requests failed"
    ;;
  roll)
    # A new build of the same jar: its build stamp, and so its content version, differ.
    (cd "$WORK" && jar xf "$CDS_JAR" META-INF/build-info.properties && mv META-INF/build-info.properties .)
    sed -i "s/^build.time=.*/build.time=$(date -u +%Y-%m-%dT%H:%M:%S.000Z)/" "$WORK/build-info.properties"
    log "roll: load through a rolling deployment of a new build (at most 300 s)"
    load roll 300s
    sleep 10
    for i in "${NODES[@]}"; do
      # Drain: SIGTERM turns readiness to refusing traffic and Tomcat stops accepting connections, finishes the
      # requests it has, and the node exits; nginx sends what the node refuses to the other node. (Taking the node
      # out of nginx's configuration first needs a reload, whose old workers close their idle keep-alive connections
      # to readers: a reader that had just sent a request on one sees it closed, 79 read errors in 434,000 requests.)
      kill -TERM "${NODE_PID[$i]}"
      for _ in $(seq 300); do kill -0 "${NODE_PID[$i]}" 2>/dev/null || break; sleep 0.1; done
      if kill -0 "${NODE_PID[$i]}" 2>/dev/null; then verdict "roll: FAIL, node $i still running 30 s after SIGTERM"; fi
      wait "${NODE_PID[$i]}" 2>/dev/null || true
      node_start "$i" --spring.info.build.location="file:$WORK/build-info.properties"
      log "node $i replaced, ready in $(node_ready "$i") s"
      sleep 5
    done
    # The previous version's pages leave nginx's cache: past their max-age they would only be revalidated, but while
    # no node can answer (the database down) nginx would serve them stale.
    find "$NGINX_PREFIX/cache" -type f -delete
    ROLLED_MS="$(now_ms)"
    kill -INT "$LOAD_PID"
    wait "$LOAD_PID" || true
    report roll
    [ "$FAILED" -eq 0 ] && verdict "roll: OK, no request failed" || verdict "roll: FAIL, $FAILED requests failed"
    NEW_ETAG="$(etag_of "http://127.0.0.1:$(node_port 1)/")"
    [ "$NEW_ETAG" != "$OLD_ETAG" ] || verdict "roll: FAIL, the new build has the old content version $OLD_ETAG"
    # Every page cached before the roll ended is stale 60 s later: then each must answer in the new version.
    wait_s=$(( (ROLLED_MS + 61000 - $(now_ms)) / 1000 + 1 ))
    [ "$wait_s" -gt 0 ] && { log "roll: waiting $wait_s s for max-age to pass"; sleep "$wait_s"; }
    load after-roll 30s cycle 16
    wait "$LOAD_PID"
    report after-roll
    old="$(awk -F': ' -v e="etag $OLD_ETAG" '$1 == e { print $2 }' "$WORK/after-roll.txt")"
    new="$(awk -F': ' -v e="etag $NEW_ETAG" '$1 == e { print $2 }' "$WORK/after-roll.txt")"
    if [ "${old:-0}" -eq 0 ] && [ "${new:-0}" -gt 0 ] && [ "$FAILED" -eq 0 ]; then
      verdict "roll: OK, after max-age ${new} responses of the new version $NEW_ETAG, none of the old $OLD_ETAG"
    else
      verdict "roll: FAIL, after max-age ${old:-0} responses of the old version, ${new:-0} of the new"
    fi
    ;;
  db)
    log "db: 50 s of load (pages, and searches with 4 more connections); PostgreSQL stopped at 10 s for 20 s"
    load db 50s
    db_pages=$LOAD_PID
    load db-search 50s search 4
    db_search=$LOAD_PID
    pids_before="${NODE_PID[*]}"
    sleep 10
    "${PG_AS[@]}" "$PG_BIN/pg_ctl" -D "$PG_DATA" -m fast -w stop >/dev/null
    sleep 20
    "${PG_AS[@]}" "$PG_BIN/pg_ctl" -D "$PG_DATA" -w -l "$PG_DATA/server.log" \
      -o "-p $PG_PORT -k $WORK/pg/sock -c listen_addresses=127.0.0.1 -c max_connections=200" start >/dev/null
    back_ms="$(now_ms)" back_s="$(date +%s)"
    # A search no cache holds needs the database: how long until one answers 200 again (at most 60 s).
    n=0
    until [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/search?q=cage+$n")" = 200 ]; do
      n=$((n + 1)); [ "$n" -lt 300 ] || break; sleep 0.2
    done
    log "db: an uncached search answered 200 $(( ($(now_ms) - back_ms) / 100 ))00 ms after the database was back"
    wait "$db_pages" "$db_search"
    report db
    failed_pages=$FAILED
    report db-search
    only503=1
    for out in db db-search; do
      awk -F': ' '/^status / { s = $1; sub(/status /, "", s); if (s !~ /^2/ && s != "304" && s != "503") bad = 1 } END { exit bad }' \
        "$WORK/$out.txt" || only503=0
      [ "$(wrk_socket_errors "$WORK/$out.txt")" -eq 0 ] || only503=0
      ! grep -q '^503 without Retry-After' "$WORK/$out.txt" || only503=0
    done
    last="$(awk -F': ' '$1 == "last failure at" { if ($2 > m) m = $2 } END { print m + 0 }' "$WORK/db.txt" "$WORK/db-search.txt")"
    since=$(( last > 0 ? last - back_s : 0 ))
    verdict "db: pages not 2xx/304: $failed_pages; searches not 2xx/304: $FAILED; the last $since s after the database was back"
    [ "$only503" -eq 1 ] || verdict "db: FAIL, a response other than 2xx/304 or 503 with Retry-After, or none within 10 s"
    if [ -n "${OLD_ETAG:-}" ] && [ -n "${NEW_ETAG:-}" ] && grep -q "^etag $OLD_ETAG" "$WORK/db.txt" "$WORK/db-search.txt"; then
      verdict "db: FAIL, a page of the version before the rolling deployment was served"
    fi
    [ "$since" -le 10 ] || verdict "db: FAIL, failures went on $since s after the database was back"
    [ "${NODE_PID[*]}" = "$pids_before" ] && kill -0 "${NODE_PID[1]}" && kill -0 "${NODE_PID[2]}" ||
      verdict "db: FAIL, a node was restarted"
    ;;
  *) log "unknown scenario $scenario"; exit 2 ;;
  esac
done

echo
echo "two nodes behind nginx on PostgreSQL, $(wc -l <"$WORK/paths.txt") addresses, wrk -t2 -c64, gzip:"
printf '  %s\n' "${RESULTS[@]}"
printf '  %s\n' "${VERDICTS[@]}"
if printf '%s\n' "${VERDICTS[@]}" | grep -q FAIL; then
  echo "FAIL"; tail -5 "$NGINX_PREFIX/error.log"; exit 1
fi
echo "OK"
