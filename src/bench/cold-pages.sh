#!/usr/bin/env bash
# Cold pages on H2 and on PostgreSQL, the same jar with the deployment recipe (src/docs/deployment.md): what readers
# meet after every deployment, when each node starts with empty caches.
#
#   src/bench/cold-pages.sh [-d DURATION] [-b h2,postgres]
#
# For each database: starts the app, crawls every address of the sitemap 4 at a time (curl), restarts it, and runs
# wrk -t2 -c64 -dDURATION (60 s) cycling over every address and a search from cold, each once the app is ready (as
# deployed: the award pages already rendered by its warm-up, filmref.page-cache.warm-up); reports the starts' first
# HTTP 200 and readiness, the crawl's time,
# requests/s, p50/p99, every response that was not 2xx/304, the pool's waits, the collector's pauses and the peak RSS;
# on PostgreSQL, the crawl's statements and the time the server spent planning and executing them
# (pg_stat_statements). PostgreSQL 15 is a throwaway cluster on port 15442, the app 18280/18281.
# Fails if a request failed (an answer other than 2xx/304, or none within 10 s).
set -euo pipefail
source "$(dirname "$0")/common.sh"

DURATION=60s DATABASES=h2,postgres
while getopts "d:b:h" opt; do
  case "$opt" in
    d) DURATION="$OPTARG" ;; b) DATABASES="$OPTARG" ;;
    *) sed -n '2,14p' "$0"; exit 2 ;;
  esac
done

PG_PORT=15442 APP_PORT=18280 MGMT_PORT=18281
need_commands wrk:wrk curl:curl
[ -x "$PG_BIN/initdb" ] || need_commands "initdb:postgresql"
find_jar

RESULTS=() SLOWEST=() FAILED_ALL=0
psql_q() { "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U filmref -d filmref -Atqc "$1"; }
for db in ${DATABASES//,/ }; do
  case "$db" in
    h2) APP=(-jar "$JAR" --filmref.data-directory="$WORK/h2") ;;
    postgres)
      # pg_stat_statements counts the time the server spends planning and executing the statements of the crawl.
      start_postgres "$PG_PORT" "-c shared_preload_libraries=pg_stat_statements -c pg_stat_statements.track_planning=on"
      "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U filmref -d filmref -qc 'CREATE EXTENSION pg_stat_statements' >/dev/null
      export SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/filmref"
      export SPRING_DATASOURCE_USERNAME=filmref SPRING_DATASOURCE_PASSWORD=
      APP=(-jar "$JAR" --spring.profiles.active=postgres) ;;
    *) log "unknown database $db"; exit 2 ;;
  esac
  # The first start migrates the empty database; the crawl follows a second start, as every deployment but the first.
  start_app "$db-migrate" "$APP_PORT" "$MGMT_PORT" -- "${JAVA_OPTS[@]}" "${TUNED_OPTS[@]}" "${APP[@]}"
  sitemap_paths "http://127.0.0.1:$APP_PORT" "$WORK/paths.txt"
  stop_app
  start_app "$db" "$APP_PORT" "$MGMT_PORT" -- "${JAVA_OPTS[@]}" "${TUNED_OPTS[@]}" "${APP[@]}"
  crawl_start_ms="$APP_FIRST_200_MS" crawl_ready_ms="$APP_READY_MS"
  : >"$WORK/crawl.cfg"
  while IFS= read -r path; do
    printf 'url = "http://127.0.0.1:%s%s"\noutput = "/dev/null"\n' "$APP_PORT" "$path" >>"$WORK/crawl.cfg"
  done <"$WORK/paths.txt"
  [ "$db" = postgres ] && psql_q 'select pg_stat_statements_reset()' >/dev/null
  crawl_start=$(now_ms)
  curl -sS --no-progress-meter --parallel --parallel-max 4 -H 'Accept-Encoding: gzip' \
    -w '%{http_code} %{time_total} %{url}\n' -K "$WORK/crawl.cfg" >"$WORK/crawl.txt"
  crawl_ms=$(( $(now_ms) - crawl_start ))
  crawl_failed=$(grep -vc '^200 ' "$WORK/crawl.txt" || true)
  # The crawl's slowest pages, each its seconds (a page's render, and its wait for a turn among 4).
  SLOWEST+=("$db: $(sort -k2 -nr "$WORK/crawl.txt" | awk 'NR <= 5 { sub(/^http:\/\/[^\/]*/, "", $3); printf "%s %.2f s, ", $3, $2 }')")
  server=""
  [ "$db" = postgres ] && server="; the server: $(psql_q "select sum(calls) || ' statements, planning ' ||
    round((sum(total_plan_time) / 1000)::numeric, 1) || ' s, execution ' ||
    round((sum(total_exec_time) / 1000)::numeric, 1) || ' s'
    from pg_stat_statements where query not like '%pg_stat_statements%'")"
  # The statements that cost the server most in the crawl, each with its calls, rows and mean times.
  [ "$db" = postgres ] && TOP_STATEMENTS="$(psql_q "select lpad(calls::text, 7) || ' calls ' || lpad((rows / calls)::text, 5)
    || ' rows/call, plan ' || to_char(total_plan_time / calls, 'FM990.000') || ' ms, execute '
    || to_char(total_exec_time / calls, 'FM990.000') || ' ms: ' || left(regexp_replace(query, '\s+', ' ', 'g'), 110)
    from pg_stat_statements where query not like '%pg_stat_statements%' and calls > 0
    order by total_plan_time + total_exec_time desc limit 8")"
  stop_app

  start_app "$db-load" "$APP_PORT" "$MGMT_PORT" -- "${JAVA_OPTS[@]}" "${TUNED_OPTS[@]}" "${APP[@]}"
  load_start_ms="$APP_FIRST_200_MS" load_ready_ms="$APP_READY_MS"
  { cat "$WORK/paths.txt"; echo "/search?q=nicolas+cage"; } >"$WORK/load-paths.txt"
  run_wrk "$WORK/wrk-$db.txt" "http://127.0.0.1:$APP_PORT" -t2 -c64 -d"$DURATION" --timeout 10s \
    -H 'Accept-Encoding: gzip' -s "$ROOT/src/bench/pages.lua" -- "$WORK/load-paths.txt" cycle tally
  sed 's/^/    /' "$WORK/wrk-$db.txt" >&2
  # Where the slowest requests waited: for a connection from the pool, and in the collector's pauses.
  prom="$(curl -s "http://127.0.0.1:$MGMT_PORT/actuator/prometheus")"
  waits="$(awk '/^hikaricp_connections_acquire_seconds_count/ { n += $NF } /^hikaricp_connections_acquire_seconds_sum/ { s += $NF }
      /^hikaricp_connections_acquire_seconds_max/ { if ($NF > m) m = $NF }
      /^jvm_gc_pause_seconds_count/ { gn += $NF } /^jvm_gc_pause_seconds_sum/ { gs += $NF } /^jvm_gc_pause_seconds_max/ { if ($NF > gm) gm = $NF }
      END { printf "pool waits: %d, %.1f ms on average, longest in the last minutes %.0f ms; collections: %d, %.1f s in all, longest %.0f ms",
        n, n ? s / n * 1000 : 0, m * 1000, gn, gs, gm * 1000 }' <<<"$prom")"
  waits="$waits; peak RSS $(peak_rss_mib "$APP_PID") MiB"
  log "$db: $waits"
  failed=$(( crawl_failed + $(wrk_non2xx "$WORK/wrk-$db.txt") + $(wrk_socket_errors "$WORK/wrk-$db.txt") ))
  FAILED_ALL=$(( FAILED_ALL + failed ))
  RESULTS+=("$(printf '%-8s cold crawl of %s pages, 4 at a time: %6.1f s; 64 connections from cold, %s: %5s requests/s, p50 %7s ms, p99 %8s ms, failed %s' \
    "$db" "$(wc -l <"$WORK/paths.txt")" "$(awk -v ms="$crawl_ms" 'BEGIN { print ms / 1000 }')" "$DURATION" "$(wrk_rps "$WORK/wrk-$db.txt")" \
    "$(wrk_pct "$WORK/wrk-$db.txt" 50)" "$(wrk_pct "$WORK/wrk-$db.txt" 99)" "$failed")")
  RESULTS+=("         $waits$server")
  RESULTS+=("$(printf '         starts: first HTTP 200 after %.1f and %.1f s, ready (the page cache warmed up) after %.1f and %.1f s' \
    "$(awk -v ms="$crawl_start_ms" 'BEGIN { print ms / 1000 }')" "$(awk -v ms="$load_start_ms" 'BEGIN { print ms / 1000 }')" \
    "$(awk -v ms="$crawl_ready_ms" 'BEGIN { print ms / 1000 }')" "$(awk -v ms="$load_ready_ms" 'BEGIN { print ms / 1000 }')")")
  log "${RESULTS[-3]}"
  stop_app
  [ "$db" = postgres ] && stop_postgres
done

echo
printf '%s\n' "${RESULTS[@]}"
echo "The crawl's slowest pages:"
printf '  %s\n' "${SLOWEST[@]}"
if [ -n "${TOP_STATEMENTS:-}" ]; then
  echo "PostgreSQL, the crawl's costliest statements (pg_stat_statements):"
  printf '%s\n' "$TOP_STATEMENTS" | sed 's/^/  /'
fi
[ "$FAILED_ALL" -eq 0 ] || { echo "FAIL: $FAILED_ALL requests failed"; exit 1; }
echo "OK: no request failed"
