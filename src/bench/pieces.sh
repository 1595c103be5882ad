#!/usr/bin/env bash
# What each piece of the HTTP and template machinery buys: the app with all of it and without one piece at a time,
# the configurations alternating, round after round, so that every one sees the same machine.
#
#   src/bench/pieces.sh [-r ROUNDS] [-d DURATION] [-c CONNECTIONS] [PIECE...]
#
# PIECE is one of: all (everything on), valve (CachedPageValve), utf8 (Utf8Writer), libdeflate (Gzip through
# libdeflate rather than the JDK's zlib), whitespace (TemplateWhitespace); by default every one. Each run of a configuration: the jar as deployed (-Xmx256m, Spring AOT, C1 only; common.sh) on a
# database migrated once; a cold crawl of every sitemap address (4 at a time, gzip accepted), timed; wrk over every
# address without a query by Zipf's law (p99); wrk on the film page from the cache (req/s); peak RSS (VmHWM); then
# a second start with the page cache off and wrk on the film page rendered every time (req/s). nginx serves the
# crawled film page's bytes once per round, for the ratio. Prints every run, then the medians per configuration.
# BENCH_JAR names the jar (else target/filmref-*.jar, built if missing); the PIECE "baseline" is the jar named by
# BASELINE_JAR with everything on (another build, measured in the same rounds).
set -euo pipefail
source "$(dirname "$0")/common.sh"

ROUNDS=2 DURATION=10s CONNECTIONS=32 FILM=/films/leaving-las-vegas
while getopts "r:d:c:h" opt; do
  case "$opt" in
    r) ROUNDS="$OPTARG" ;; d) DURATION="$OPTARG" ;; c) CONNECTIONS="$OPTARG" ;;
    *) sed -n '2,15p' "$0"; exit 2 ;;
  esac
done
shift $((OPTIND - 1))
PIECES=("$@"); [ ${#PIECES[@]} -gt 0 ] || PIECES=(all valve utf8 libdeflate whitespace)
need_commands wrk:wrk nginx:nginx-light curl:curl
if [ -n "${BENCH_JAR:-}" ]; then JAR="$BENCH_JAR"; else find_jar; fi
APP_PORT=18080 MGMT_PORT=18081 NGINX_PORT=$(free_port 18090)
# The first start migrates the database and loads the data set: minutes on a busy machine.
START_TIMEOUT_S=${START_TIMEOUT_S:-600}
LUA="$ROOT/src/bench/pages.lua"
RESULTS="$WORK/pieces.tsv"

# without PIECE: the JVM options (before -jar) and the application arguments that switch the piece off.
jvm_without() { case "$1" in libdeflate) echo "-Dfilmref.gzip=zlib" ;; *) echo "" ;; esac; }
app_without() {
  case "$1" in
    valve) echo "--filmref.http.cached-page-valve=false" ;;
    utf8) echo "--filmref.http.utf8-writer=false" ;;
    whitespace) echo "--filmref.templates.collapse-whitespace=false" ;;
    *) echo "" ;;
  esac
}

start_with() { # start_with PIECE NAME [EXTRA APP ARGS...]
  local piece="$1" name="$2" jar="$JAR"; shift 2
  [ "$piece" = baseline ] && jar="$BASELINE_JAR"
  # shellcheck disable=SC2046
  start_app "$name" "$APP_PORT" "$MGMT_PORT" -- "${JAVA_OPTS[@]}" "${TUNED_OPTS[@]}" $(jvm_without "$piece") \
    -jar "$jar" --filmref.data-directory="$DATA_DIR" $(app_without "$piece") "$@"
}

wrk_gz() { run_wrk "$WORK/wrk.txt" "$@" -t2 -c"$CONNECTIONS" -d"$DURATION" --timeout 10s -H 'Accept-Encoding: gzip'; }

log "Migrating the database once"
start_with all migrate
sitemap_paths "http://127.0.0.1:$APP_PORT" "$WORK/all-paths.txt"
grep -v '?' "$WORK/all-paths.txt" >"$WORK/paths.txt"
awk -v p="$APP_PORT" '{ printf "url = \"http://127.0.0.1:%s%s\"\noutput = \"/dev/null\"\n", p, $0 }' \
  "$WORK/all-paths.txt" >"$WORK/crawl.cfg"
mkdir -p "$WORK/www"
curl -s -H 'Accept-Encoding: gzip' -o "$WORK/www/film.html.gz" "http://127.0.0.1:$APP_PORT$FILM"
curl -s -o "$WORK/www/film.html" "http://127.0.0.1:$APP_PORT$FILM"
stop_app
chmod -R a+rX "$WORK/www"
nginx_conf "$NGINX_PORT" on "    location = $FILM { try_files /film.html =404; }"$'\n'

for round in $(seq 1 "$ROUNDS"); do
  nginx -c "$WORK/nginx.conf" &
  NGINX_PID=$!; STARTED_PIDS+=("$NGINX_PID")
  until curl -s -o /dev/null "http://127.0.0.1:$NGINX_PORT$FILM"; do sleep 0.05; done
  wrk_gz "http://127.0.0.1:$NGINX_PORT$FILM"
  printf '%s\tnginx\t-\t-\t%s\t-\t-\n' "$round" "$(wrk_rps "$WORK/wrk.txt")" | tee -a "$RESULTS" >&2
  kill "$NGINX_PID"; wait "$NGINX_PID" 2>/dev/null || true
  for piece in "${PIECES[@]}"; do
    start_with "$piece" "$piece-$round"
    t0=$(now_ms)
    curl -sS --no-progress-meter --parallel --parallel-max 4 -H 'Accept-Encoding: gzip' -w '%{http_code}\n' \
      -K "$WORK/crawl.cfg" >"$WORK/crawl.txt"
    crawl_ms=$(( $(now_ms) - t0 ))
    failed=$(grep -vc '^200$' "$WORK/crawl.txt" || true)
    wrk_gz "http://127.0.0.1:$APP_PORT" -s "$LUA" -- "$WORK/paths.txt" zipf
    zipf_p99=$(wrk_pct "$WORK/wrk.txt" 99)
    wrk_gz "http://127.0.0.1:$APP_PORT$FILM"
    cached=$(wrk_rps "$WORK/wrk.txt")
    rss=$(peak_rss_mib "$APP_PID")
    stop_app
    start_with "$piece" "$piece-$round-uncached" --filmref.page-cache.enabled=false
    run_wrk "$WORK/warmup.txt" "http://127.0.0.1:$APP_PORT$FILM" -t2 -c8 -d10s -H 'Accept-Encoding: gzip'
    run_wrk "$WORK/wrk.txt" "http://127.0.0.1:$APP_PORT$FILM" -t2 -c8 -d"$DURATION" --timeout 10s -H 'Accept-Encoding: gzip'
    uncached=$(wrk_rps "$WORK/wrk.txt")
    stop_app
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$round" "$piece" "$crawl_ms" "$zipf_p99" "$cached" "$uncached" "$rss" |
      tee -a "$RESULTS" >&2
    [ "$failed" -eq 0 ] || log "  $failed crawl responses were not 200"
  done
done

median() { sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
col() { awk -F'\t' -v p="$1" -v f="$2" '$2 == p { print $f }' "$RESULTS" | median; }
nginx_rps=$(col nginx 5)
echo "pieces: $ROUNDS round(s), wrk -t2 -c$CONNECTIONS -d$DURATION (uncached: -c8), $(nproc) cores; medians"
echo "(raw lines above: round, configuration, crawl ms, zipf p99 ms, cached film req/s, uncached film req/s, RSS MiB)"
printf '%-12s %9s %9s %12s %7s %12s %9s\n' without 'crawl s' 'p99 ms' 'cached rq/s' '/nginx' 'uncached rq/s' 'RSS MiB'
for piece in "${PIECES[@]}"; do
  cached=$(col "$piece" 5)
  printf '%-12s %9.1f %9s %12s %7.2f %12s %9s\n' "$( [ "$piece" = all ] && echo '(nothing)' || echo "$piece")" \
    "$(awk -v m="$(col "$piece" 3)" 'BEGIN { print m / 1000 }')" "$(col "$piece" 4)" "$cached" \
    "$(awk -v a="$cached" -v n="$nginx_rps" 'BEGIN { print (n > 0 ? a / n : 0) }')" "$(col "$piece" 6)" "$(col "$piece" 7)"
done
echo "nginx, the film page's gzipped bytes: $nginx_rps req/s"
