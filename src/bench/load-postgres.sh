#!/usr/bin/env bash
# Under 60 s of load at 64 connections, no request fails: on the postgres profile, over every page of the site.
#
#   src/bench/load-postgres.sh [-d DURATION] [-c CONNECTIONS]
#
# Starts a throwaway PostgreSQL 15 cluster (Debian's binaries, loopback port 15432), the app on the postgres
# profile (-Xmx256m, ports 18080/18081), then wrk -t2 -c64 -d60s cycling over every address in /sitemap.xml (a
# sitemap index is followed) and a search, from a cold rendered-page cache, and fails unless every response was
# 2xx/3xx with no socket error. It stops everything it started.
set -euo pipefail
source "$(dirname "$0")/common.sh"

DURATION=60s CONNECTIONS=64
while getopts "d:c:h" opt; do
  case "$opt" in
    d) DURATION="$OPTARG" ;; c) CONNECTIONS="$OPTARG" ;;
    *) sed -n '2,10p' "$0"; exit 2 ;;
  esac
done

PG_PORT=15432 APP_PORT=18080 MGMT_PORT=18081
need_commands wrk:wrk curl:curl
[ -x "$PG_BIN/initdb" ] || need_commands "initdb:postgresql"
find_jar

start_postgres "$PG_PORT"
export SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/filmref"
export SPRING_DATASOURCE_USERNAME=filmref SPRING_DATASOURCE_PASSWORD=
start_app postgres "$APP_PORT" "$MGMT_PORT" -- -Xmx256m -jar "$JAR" --spring.profiles.active=postgres
log "app on PostgreSQL: first 200 after ${APP_FIRST_200_MS} ms"

sitemap_paths "http://127.0.0.1:$APP_PORT" "$WORK/paths.txt"
echo "/search?q=nicolas+cage" >>"$WORK/paths.txt"
log "$(wc -l <"$WORK/paths.txt") addresses from the sitemap and a search, from a cold cache"

log "wrk -t2 -c$CONNECTIONS -d$DURATION cycling over them"
# A request fails if it errors, answers other than 2xx/3xx, or takes longer than 10 s (wrk's default is 2 s).
run_wrk "$WORK/wrk.txt" "http://127.0.0.1:$APP_PORT" -t2 -c"$CONNECTIONS" -d"$DURATION" --timeout 10s \
  -H 'Accept-Encoding: gzip' -s "$ROOT/src/bench/pages.lua" -- "$WORK/paths.txt" cycle
cat "$WORK/wrk.txt"

failed=$(( $(wrk_non2xx "$WORK/wrk.txt") + $(wrk_socket_errors "$WORK/wrk.txt") ))
echo
echo "postgres profile, $(wc -l <"$WORK/paths.txt") addresses, $CONNECTIONS connections, $DURATION: $(wrk_rps "$WORK/wrk.txt") requests/s," \
  "p50 $(wrk_pct "$WORK/wrk.txt" 50) ms, p99 $(wrk_pct "$WORK/wrk.txt" 99) ms," \
  "failed $failed, peak RSS $(peak_rss_mib "$APP_PID") MiB"
if [ "$failed" -ne 0 ]; then
  echo "FAIL: $failed requests failed; the app's warnings:"
  grep -E ' (WARN|ERROR) ' "$APP_LOG" | cut -c1-400 | sort | uniq -c | sort -rn | head -10
  exit 1
fi
echo "OK: no request failed"
