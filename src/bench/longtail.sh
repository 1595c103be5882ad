#!/usr/bin/env bash
# Benchmark of the long tail: every page in the sitemap, not only the popular ones.
#
#   src/bench/longtail.sh [-d DURATION] [-c CONNECTIONS] [-f FILM_PATH] [-s] [-j DIR]
#
# Installs wrk and nginx from Debian if missing, builds the jar if missing, starts the app as deployed (README, "Deploy
# it": -Xmx256m, the extracted jar with a CDS archive from a training run, Spring AOT, C1 only; no
# bench profile; ports 18080/18081), then in one run:
#   1. cold crawl: once the app is ready (its warm-up has rendered the award pages, as deployed), every address of
#      /sitemap.xml (a sitemap index is followed), 4 at a time, gzip accepted, timed; the gzipped bytes are kept for nginx (gzip_static), so both serve the very same
#      bytes for the very same addresses;
#   2. wrk -t2 -cN --latency over every address, uniformly and with Zipf's law (s = 1), against the app and nginx;
#   3. the film page with random tracking parameters (utm_*, fbclid) against the plain film page;
#   4. the rendered-page cache's hit ratio and size after each step, peak RSS after all of them; beside each
#      measurement of the app, the collector's full collections during it (from the app's -Xlog:gc file): one
#      pause of more than ~150 ms in a 10 s measurement puts its p99 over 50 ms (wrk corrects for coordinated omission);
#   5. the film page rendered for every request (a second start with filmref.page-cache.enabled=false).
# -s skips step 5. -j DIR writes what the app holds into DIR after the crawl and after the runs: /proc/PID/smaps, the
# collector's log, jcmd's GC.heap_info and GC.class_histogram, and VM.native_memory summary where the options have
# -XX:NativeMemoryTracking=summary (e.g. in BENCH_TUNED_OPTS). The histogram's full collection changes what follows,
# so a run with -j is for reading the heap, not for its figures.
# It stops everything it started. Use `flock /tmp/filmref-bench.lock` when others benchmark.
set -euo pipefail
source "$(dirname "$0")/common.sh"

DURATION=20s CONNECTIONS=32 FILM=/films/leaving-las-vegas SKIP_RENDER="" HEAP_DIR=""
while getopts "d:c:f:sj:h" opt; do
  case "$opt" in
    d) DURATION="$OPTARG" ;; c) CONNECTIONS="$OPTARG" ;; f) FILM="$OPTARG" ;; s) SKIP_RENDER=1 ;;
    j) mkdir -p "$OPTARG"; HEAP_DIR="$(cd "$OPTARG" && pwd)" ;;
    *) sed -n '2,22p' "$0"; exit 2 ;;
  esac
done

APP_PORT=18080 MGMT_PORT=18081
LUA="$ROOT/src/bench/pages.lua"
need_commands wrk:wrk nginx:nginx-light curl:curl
find_jar
log "jar: $JAR"
prepare_cds "$APP_PORT" "$MGMT_PORT" / "$FILM" /people/nicolas-cage /awards/academy-awards/1996 \
  /awards/academy-awards/categories/best-picture /films /people "/search?q=vegas" /no-such-page
# As deployed: no bench profile (its Hibernate statistics, which only run.sh's statement counts need, cost ~2 % of
# the crawl's CPU); the cache figures come from the cache metrics, which every deployment has.
# The collector's log, one file per process (gc-PID.log): a line per collection.
APP=(-XX:SharedArchiveFile="$WORK/app.jsa" -Xlog:gc:file="$WORK/gc-%p.log":uptime -jar "$CDS_JAR"
  --filmref.data-directory="$DATA_DIR")

SUMMARY="$WORK/summary.txt"
say() { printf '%s\n' "$*" | tee -a "$SUMMARY" >&2; }

# Hits, misses and size of the rendered-page cache (site pages; pages with a query).
cache_line() {
  local region hits misses size
  for region in renderedPages renderedQueryPages; do
    hits=$(metric "$MGMT_PORT" "^cache_gets_total\\{cache=\"$region\".*result=\"hit\"")
    misses=$(metric "$MGMT_PORT" "^cache_gets_total\\{cache=\"$region\".*result=\"miss\"")
    size=$(metric "$MGMT_PORT" "^cache_size\\{cache=\"$region\"")
    printf '%s: %s hits, %s misses, %s entries; ' "$region" "$hits" "$misses" "$size"
  done
}
# hit_ratio HITS0 MISSES0: the site pages' hit ratio since those counts.
hits() { metric "$MGMT_PORT" '^cache_gets_total\{cache="renderedPages".*result="hit"'; }
misses() { metric "$MGMT_PORT" '^cache_gets_total\{cache="renderedPages".*result="miss"'; }
ratio() { awk -v h="$1" -v m="$2" 'BEGIN { if (h + m > 0) printf "%.4f", h / (h + m); else print "-" }'; }

# heap_report NAME: with -j, what the app's heap (and, with NMT, its native memory) holds now, into $HEAP_DIR/NAME-*.txt.
heap_report() {
  [ -n "$HEAP_DIR" ] || return 0
  cat "/proc/$APP_PID/smaps" >"$HEAP_DIR/$1-smaps.txt" 2>/dev/null || true
  cp "$WORK/gc-$APP_PID.log" "$HEAP_DIR/$1-gc.log" 2>/dev/null || true
  jcmd "$APP_PID" GC.heap_info >"$HEAP_DIR/$1-heap.txt" 2>&1 || true
  jcmd "$APP_PID" VM.native_memory summary >"$HEAP_DIR/$1-nmt.txt" 2>&1 || true
  jcmd "$APP_PID" GC.class_histogram >"$HEAP_DIR/$1-histogram.txt" 2>&1 || true
  jcmd "$APP_PID" GC.heap_info >"$HEAP_DIR/$1-heap-after-histogram.txt" 2>&1 || true
  log "heap report: $HEAP_DIR/$1-*.txt"
}

# full_gcs: the app's full collections so far, one pause in ms a line.
full_gcs() { sed -n 's/.*Pause Full.* \([0-9.]*\)ms$/\1/p' "$WORK/gc-$APP_PID.log" 2>/dev/null || true; }

# wrk_line LABEL URL [wrk args...]: one measurement, its figures in WRK_RPS, WRK_P50, WRK_P99, WRK_ERRORS; for the
# app, the full collections that fell into it.
wrk_line() {
  local label="$1" url="$2" before gcs=""; shift 2
  before=$(full_gcs | wc -l)
  # --timeout 10s: a slow answer counts in the latency figures instead of as a socket error (2 s default).
  run_wrk "$WORK/wrk.txt" "$url" -t2 -c"$CONNECTIONS" -d"$DURATION" --timeout 10s -H 'Accept-Encoding: gzip' "$@"
  WRK_RPS=$(wrk_rps "$WORK/wrk.txt") WRK_P50=$(wrk_pct "$WORK/wrk.txt" 50) WRK_P99=$(wrk_pct "$WORK/wrk.txt" 99)
  WRK_ERRORS=$(( $(wrk_non2xx "$WORK/wrk.txt") + $(wrk_socket_errors "$WORK/wrk.txt") ))
  case "$url" in
    *":$APP_PORT"*) gcs=$(full_gcs | tail -n +"$(( before + 1 ))" |
      awk '{ n++; if ($1 > m) m = $1 } END { printf "  full GCs %d", n; if (n) printf " (longest %.0f ms)", m }') ;;
  esac
  say "$(printf '%-34s %9s req/s  p50 %8s ms  p99 %8s ms  errors %s%s' "$label" "$WRK_RPS" "$WRK_P50" "$WRK_P99" "$WRK_ERRORS" "$gcs")"
}

# 1. Start-up and the cold crawl: a first start migrates the empty database; the crawl follows a second start on it,
# as every start of a deployment but the first.
start_app migrate "$APP_PORT" "$MGMT_PORT" -- "${JAVA_OPTS[@]}" "${TUNED_OPTS[@]}" "${APP[@]}"
say "app on an empty database: first HTTP 200 ${APP_FIRST_200_MS} ms after launch"
stop_app
start_app app "$APP_PORT" "$MGMT_PORT" -- "${JAVA_OPTS[@]}" "${TUNED_OPTS[@]}" "${APP[@]}"
STARTED_AT=$(now_ms)
say "app: first HTTP 200 ${APP_FIRST_200_MS} ms after launch, ready (the page cache warmed up) after ${APP_READY_MS} ms"
sitemap_paths "http://127.0.0.1:$APP_PORT" "$WORK/all-paths.txt"
# nginx maps addresses to files: addresses with a query are left out of the comparison.
grep -v '?' "$WORK/all-paths.txt" >"$WORK/paths.txt" || true
PAGES=$(wc -l <"$WORK/all-paths.txt")
say "sitemap: $PAGES addresses ($(wc -l <"$WORK/paths.txt") without a query)"

# Each address without a query is kept as www/<path>/index.html.gz (the app's gzipped bytes) and index.html (the
# same, inflated); those with one are crawled but not kept (several would write one file at once).
: >"$WORK/crawl.cfg"
while IFS= read -r path; do
  file="$WORK/www${path%/}/index.html.gz"
  case "$path" in *\?*) file=/dev/null ;; esac
  printf 'url = "http://127.0.0.1:%s%s"\noutput = "%s"\n' "$APP_PORT" "$path" "$file" >>"$WORK/crawl.cfg"
done <"$WORK/all-paths.txt"
crawl_start=$(now_ms)
curl -sS --no-progress-meter --parallel --parallel-max 4 --create-dirs -H 'Accept-Encoding: gzip' -w '%{http_code} %{url_effective}\n' \
  -K "$WORK/crawl.cfg" >"$WORK/crawl.txt"
crawl_ms=$(( $(now_ms) - crawl_start ))
crawl_failed=$(awk '$1 != 200' "$WORK/crawl.txt" | wc -l)
say "cold crawl: $PAGES pages, 4 at a time, in $crawl_ms ms ($(( crawl_ms / (PAGES > 0 ? PAGES : 1) )) ms a page)," \
  "$crawl_failed not 200, started $(( crawl_start - STARTED_AT )) ms after the first 200"
[ "$crawl_failed" -eq 0 ] || { awk '$1 != 200' "$WORK/crawl.txt" | head -5 >&2; }
say "after the crawl: $(cache_line)"

# What the cache holds: only the gzipped bytes (and ~200 bytes of headers and key) per page; for comparison, what an
# entry would take with the raw bytes kept beside them (and 256 bytes).
# gunzip -k writes index.html beside each index.html.gz, many files a process (one process a file took minutes).
find "$WORK/www" -name 'index.html.gz' -print0 | xargs -0 -n 500 gunzip -kf
gz_bytes=$(find "$WORK/www" -name 'index.html.gz' -printf '%s\n' | awk '{ n += $1 } END { print n + 0 }')
raw_bytes=$(find "$WORK/www" -name 'index.html' -printf '%s\n' | awk '{ n += $1 } END { print n + 0 }')
say "pages: $raw_bytes bytes raw, $gz_bytes gzipped; per cache entry about" \
  "$(( (gz_bytes + PAGES * 192) / (PAGES > 0 ? PAGES : 1) )) bytes (with the raw bytes too about $(( (raw_bytes + gz_bytes + PAGES * 256) / (PAGES > 0 ? PAGES : 1) )))"
say "RSS after the crawl: $(awk '/^VmRSS:/ { printf "%.0f", $2 / 1024 }' "/proc/$APP_PID/status") MiB"
heap_report crawl

# 2. The long tail against nginx serving the same bytes, on a free port.
NGINX_PORT=$(free_port 18090)
chmod -R a+rX "$WORK/www"
nginx_conf "$NGINX_PORT" on "    location / { try_files \$uri/index.html =404; }"$'\n'
nginx -c "$WORK/nginx.conf" &
NGINX_PID=$!
STARTED_PIDS+=("$NGINX_PID")
until curl -s -o /dev/null "http://127.0.0.1:$NGINX_PORT/"; do sleep 0.05; done
sample="$(sed -n 2p "$WORK/paths.txt")"; sample="${sample:-/}"
cmp -s <(curl -s -H 'Accept-Encoding: gzip' "http://127.0.0.1:$APP_PORT$sample") \
  <(curl -s -H 'Accept-Encoding: gzip' "http://127.0.0.1:$NGINX_PORT$sample") ||
  { log "FAIL: nginx does not serve the app's bytes for $sample"; exit 1; }

say ""
say "wrk -t2 -c$CONNECTIONS -d$DURATION, gzip accepted, $(wc -l <"$WORK/paths.txt") addresses"
declare -A RPS P99
for mode in uniform zipf; do
  for target in app nginx; do
    port=$APP_PORT; [ "$target" = nginx ] && port=$NGINX_PORT
    h0=$(hits) m0=$(misses)
    wrk_line "$mode, $target" "http://127.0.0.1:$port" -s "$LUA" -- "$WORK/paths.txt" "$mode"
    RPS[$mode-$target]=$WRK_RPS P99[$mode-$target]=$WRK_P99
    [ "$target" = app ] && say "  hit ratio $(ratio $(( $(hits) - h0 )) $(( $(misses) - m0 )))"
  done
done

# 3. Tracking parameters: every request a new address, none a new cache entry.
say ""
echo "$FILM" >"$WORK/film.txt"
entries0=$(metric "$MGMT_PORT" '^cache_size\{cache="renderedPages"')
wrk_line "film page, plain" "http://127.0.0.1:$APP_PORT$FILM"
RPS[film]=$WRK_RPS
h0=$(hits) m0=$(misses)
wrk_line "film page, random utm_*/fbclid" "http://127.0.0.1:$APP_PORT" -s "$LUA" -- "$WORK/film.txt" tracking
RPS[tracking]=$WRK_RPS
say "  hit ratio $(ratio $(( $(hits) - h0 )) $(( $(misses) - m0 ))); cache entries $entries0 before," \
  "$(metric "$MGMT_PORT" '^cache_size\{cache="renderedPages"') after"
say "after the runs: $(cache_line)"
RSS=$(peak_rss_mib "$APP_PID")
heap_report runs
kill "$NGINX_PID"; wait "$NGINX_PID" 2>/dev/null || true
stop_app

# 5. The film page rendered for every request: no rendered-page cache (the view models stay cached).
if [ -z "$SKIP_RENDER" ]; then
  start_app render "$APP_PORT" "$MGMT_PORT" -- "${JAVA_OPTS[@]}" "${TUNED_OPTS[@]}" "${APP[@]}" \
    --filmref.page-cache.enabled=false
  say ""
  # Long enough for the render path to reach C2 under the deployment's raised thresholds.
  run_wrk "$WORK/warmup.txt" "http://127.0.0.1:$APP_PORT$FILM" -t2 -c"$CONNECTIONS" -d30s --timeout 10s \
    -H 'Accept-Encoding: gzip'
  wrk_line "film page, rendered every time" "http://127.0.0.1:$APP_PORT$FILM"
  RPS[render]=$WRK_RPS
  stop_app
fi

ratio2() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "-" }'; }
say ""
say "== summary ($PAGES pages, $(nproc) cores)"
say "zipf app/nginx:     $(ratio2 "${RPS[zipf-app]}" "${RPS[zipf-nginx]}")  (goal >= 0.5), p99 ${P99[zipf-app]} ms (goal <= 50)"
say "uniform app/nginx:  $(ratio2 "${RPS[uniform-app]}" "${RPS[uniform-nginx]}")  (goal >= 0.2), p99 ${P99[uniform-app]} ms (goal <= 50)"
say "tracking/plain:     $(ratio2 "${RPS[tracking]}" "${RPS[film]}")  (goal >= 0.5)"
say "cold crawl:         $crawl_ms ms for $PAGES pages (goal <= 30 s)"
say "peak RSS:           $RSS MiB after the long-tail runs (goal <= 400)"
[ -n "${RPS[render]:-}" ] && say "film page uncached: ${RPS[render]} req/s (goal >= 1,000)"
true
