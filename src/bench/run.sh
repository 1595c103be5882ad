#!/usr/bin/env bash
# Benchmark: the app's main pages against nginx serving the very same bytes, the physical limit here.
#
#   src/bench/run.sh [-d DURATION] [-r RUNS] [-c CONNECTIONS] [-w WARMUP]
#
# Builds the jar if missing, installs wrk and nginx from Debian if missing, starts the app (-Xmx256m, bench
# profile, ports 18080/18081) plainly and tuned as README's deployment recipe (Spring AOT, a class-data-sharing
# archive from a training run, C1 only), measures start-up, then on the tuned app, per page:
# SQL statements for a cold and a warm request, page bytes raw and gzipped, and wrk -t2 -cN --latency against
# the app and against nginx. With -r 3 it runs three times and prints medians. It stops everything it started.
# For experiments, BENCH_JAVA_OPTS replaces the heap and GC options of both starts, BENCH_TUNED_OPTS (may be empty)
# the tuned start's AOT and JIT options.
set -euo pipefail
source "$(dirname "$0")/common.sh"

DURATION=10s RUNS=1 CONNECTIONS=32 WARMUP=5s
while getopts "d:r:c:w:h" opt; do
  case "$opt" in
    d) DURATION="$OPTARG" ;; r) RUNS="$OPTARG" ;; c) CONNECTIONS="$OPTARG" ;; w) WARMUP="$OPTARG" ;;
    *) sed -n '2,12p' "$0"; exit 2 ;;
  esac
done

PAGES=(/films/leaving-las-vegas /people/nicolas-cage /awards/academy-awards/1996 /reviews "/search?q=nicolas+cage")
APP_PORT=18080 MGMT_PORT=18081 NGINX_PORT=18090
APP_ARGS=(--spring.profiles.active=bench --filmref.data-directory="$DATA_DIR")
RESULTS="$WORK/results.tsv"   # run, kind, key, values...

need_commands wrk:wrk nginx:nginx-light curl:curl
find_jar
log "jar: $JAR"

statements() {
  curl -s "http://127.0.0.1:$MGMT_PORT/actuator/prometheus" |
    awk '/^hibernate_statements_total/ && /status="prepared"/ { n += $2 } END { printf "%d", n }'
}

write_nginx_conf() {
  local gzip="$1" i=0 locations=""
  for page in "${PAGES[@]}"; do
    i=$((i + 1))
    [ -f "$WORK/www/p$i.html" ] && locations+="    location = ${page%%\?*} { try_files /p$i.html =404; }"$'\n'
  done
  nginx_conf "$NGINX_PORT" "$gzip" "$locations"
}

one_run() {
  local run="$1"
  log "== run $run"
  # Each way of starting twice: on an empty database (Flyway migrates it, the data set is loaded) and again on the
  # database that start left, as every later start of a deployment.
  rm -rf "$DATA_DIR"
  start_app plain-first "$APP_PORT" "$MGMT_PORT" -- "${JAVA_OPTS[@]}" -jar "$JAR" "${APP_ARGS[@]}"
  printf '%s\tstart\tplain-first\ttime\t%s\t%s\n' "$run" "$APP_FIRST_200_MS" "$APP_STARTED_S" >>"$RESULTS"
  log "plain start, empty database: first 200 after ${APP_FIRST_200_MS} ms, Boot: ${APP_STARTED_S} s"
  stop_app
  start_app plain "$APP_PORT" "$MGMT_PORT" -- "${JAVA_OPTS[@]}" -jar "$JAR" "${APP_ARGS[@]}"
  printf '%s\tstart\tplain\ttime\t%s\t%s\n' "$run" "$APP_FIRST_200_MS" "$APP_STARTED_S" >>"$RESULTS"
  log "plain start, migrated database: first 200 after ${APP_FIRST_200_MS} ms, Boot: ${APP_STARTED_S} s"
  stop_app

  [ -f "$WORK/app.jsa" ] || prepare_cds "$APP_PORT" "$MGMT_PORT" / "${PAGES[@]}" /no-such-page
  rm -rf "$DATA_DIR"
  start_app cds-first "$APP_PORT" "$MGMT_PORT" -- "${JAVA_OPTS[@]}" "${TUNED_OPTS[@]}" \
    -XX:SharedArchiveFile="$WORK/app.jsa" -jar "$CDS_JAR" "${APP_ARGS[@]}"
  printf '%s\tstart\tcds-first\ttime\t%s\t%s\n' "$run" "$APP_FIRST_200_MS" "$APP_STARTED_S" >>"$RESULTS"
  log "tuned start, empty database: first 200 after ${APP_FIRST_200_MS} ms, Boot: ${APP_STARTED_S} s"
  stop_app
  start_app cds "$APP_PORT" "$MGMT_PORT" -- "${JAVA_OPTS[@]}" "${TUNED_OPTS[@]}" -XX:SharedArchiveFile="$WORK/app.jsa" \
    -jar "$CDS_JAR" "${APP_ARGS[@]}"
  printf '%s\tstart\tcds\ttime\t%s\t%s\n' "$run" "$APP_FIRST_200_MS" "$APP_STARTED_S" >>"$RESULTS"
  log "tuned start, migrated database: first 200 after ${APP_FIRST_200_MS} ms, Boot: ${APP_STARTED_S} s"

  # Cold and warm SQL counts, and the bytes each page is made of.
  rm -rf "$WORK/www"; mkdir -p "$WORK/www" "$WORK/nginx-tmp"
  local i=0 gzip=off
  for page in "${PAGES[@]}"; do
    i=$((i + 1))
    local url="http://127.0.0.1:$APP_PORT$page" before status cold warm
    before="$(statements)"
    status="$(curl -s -o "$WORK/www/p$i.html" -w '%{http_code}' "$url")"
    if [ "$status" != 200 ]; then
      rm -f "$WORK/www/p$i.html"
      printf '%s\tpage\t%s\tstatus\t%s\n' "$run" "$page" "$status" >>"$RESULTS"
      continue
    fi
    cold=$(( $(statements) - before )); before="$(statements)"
    curl -s -o /dev/null "$url"
    warm=$(( $(statements) - before ))
    # The compressed bytes the app serves, for nginx to serve as they are (gzip_static): the very same bytes.
    if curl -s -D "$WORK/gz-headers.txt" -o "$WORK/www/p$i.html.gz" -H 'Accept-Encoding: gzip' "$url" &&
      grep -qi '^content-encoding: *gzip' "$WORK/gz-headers.txt"; then
      gzip=on
    else
      rm -f "$WORK/www/p$i.html.gz"
    fi
    printf '%s\tpage\t%s\tsql\t%s\t%s\t%s\t%s\n' "$run" "$page" "$cold" "$warm" \
      "$(wc -c <"$WORK/www/p$i.html")" "$( [ -f "$WORK/www/p$i.html.gz" ] && wc -c <"$WORK/www/p$i.html.gz" || gzip -6 -c "$WORK/www/p$i.html" | wc -c)" >>"$RESULTS"
    run_wrk "$WORK/warmup.txt" "$url" -t2 -c"$CONNECTIONS" -d"$WARMUP"
  done

  chmod -R a+rX "$WORK/www"
  write_nginx_conf "$gzip"
  nginx -c "$WORK/nginx.conf" &
  local nginx_pid=$!
  STARTED_PIDS+=("$nginx_pid")
  until curl -s -o /dev/null "http://127.0.0.1:$NGINX_PORT/"; do sleep 0.05; done

  i=0
  for page in "${PAGES[@]}"; do
    i=$((i + 1))
    [ -f "$WORK/www/p$i.html" ] || continue
    local target port
    for target in app nginx; do
      port=$APP_PORT; [ "$target" = nginx ] && port=$NGINX_PORT
      # --timeout 10s: a slow answer counts in the latency figures instead of as a socket error (2 s default).
      run_wrk "$WORK/wrk.txt" "http://127.0.0.1:$port$page" -t2 -c"$CONNECTIONS" -d"$DURATION" --timeout 10s \
        -H 'Accept-Encoding: gzip'
      printf '%s\tpage\t%s\t%s\t%s\t%s\t%s\t%s\n' "$run" "$page" "$target" "$(wrk_rps "$WORK/wrk.txt")" \
        "$(wrk_pct "$WORK/wrk.txt" 50)" "$(wrk_pct "$WORK/wrk.txt" 99)" \
        "$(( $(wrk_non2xx "$WORK/wrk.txt") + $(wrk_socket_errors "$WORK/wrk.txt") ))" >>"$RESULTS"
    done
    log "$(grep -P "^$run\tpage\t\Q$page\E\t(app|nginx)" "$RESULTS" | cut -f3- | tr '\t' ' ' | paste -sd '|')"
  done
  printf '%s\tapp\trss\tmib\t%s\n' "$run" "$(peak_rss_mib "$APP_PID")" >>"$RESULTS"
  kill "$nginx_pid"; wait "$nginx_pid" 2>/dev/null || true
  stop_app
}

for run in $(seq 1 "$RUNS"); do one_run "$run"; done

# Medians over the runs (with one run, its figures).
median() { sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) print "-"; else if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
col() { # col KIND KEY SUBKEY FIELD: values of FIELD over the runs
  awk -F'\t' -v k="$1" -v key="$2" -v sub_="$3" -v f="$4" '$2 == k && $3 == key && $4 == sub_ { print $f }' "$RESULTS"
}

echo
echo "filmref benchmark: wrk -t2 -c$CONNECTIONS -d$DURATION, $(nproc) cores, $RUNS run(s)$([ "$RUNS" -gt 1 ] && echo ', medians')"
printf '%-30s %9s %8s %8s %9s %8s %8s %6s %5s %5s %8s %7s %5s\n' page 'app rq/s' 'p50 ms' 'p99 ms' \
  'nginx rq/s' 'p50 ms' 'p99 ms' ratio 'sql' 'sql' 'bytes' 'gzip' 'errs'
printf '%-30s %9s %8s %8s %9s %8s %8s %6s %5s %5s %8s %7s %5s\n' '' '' '' '' '' '' '' '' cold warm '' '' ''
for page in "${PAGES[@]}"; do
  status="$(col page "$page" status 5 | head -1)"
  if [ -n "$status" ]; then printf '%-30s %s\n' "$page" "HTTP $status: skipped"; continue; fi
  a_rps=$(col page "$page" app 5 | median); n_rps=$(col page "$page" nginx 5 | median)
  printf '%-30s %9s %8s %8s %9s %8s %8s %6s %5s %5s %8s %7s %5s\n' "$page" \
    "$a_rps" "$(col page "$page" app 6 | median)" "$(col page "$page" app 7 | median)" \
    "$n_rps" "$(col page "$page" nginx 6 | median)" "$(col page "$page" nginx 7 | median)" \
    "$(awk -v a="$a_rps" -v n="$n_rps" 'BEGIN { if (n > 0) printf "%.2f", a / n; else print "-" }')" \
    "$(col page "$page" sql 5 | median)" "$(col page "$page" sql 6 | median)" \
    "$(col page "$page" sql 7 | median)" "$(col page "$page" sql 8 | median)" \
    "$(col page "$page" app 8 | median)"
done
echo
echo "start-up, plain jar: first HTTP 200 after $(col start plain time 5 | median) ms; Boot 'Started in' $(col start plain time 6 | median) s (empty database: $(col start plain-first time 5 | median) ms)"
echo "start-up, tuned (AOT, CDS, C1 only): first HTTP 200 after $(col start cds time 5 | median) ms; Boot 'Started in' $(col start cds time 6 | median) s (empty database: $(col start cds-first time 5 | median) ms)"
echo "peak RSS (VmHWM) after the load, -Xmx256m: $(col app rss mib 5 | median) MiB"
