#!/usr/bin/env bash
# What a cold page costs, by type: the CPU time and the SQL statements of one request for a page not rendered before.
#
#   src/bench/page-costs.sh [-n EVERY]      (default 20: every 20th address of the sitemap, and every award page)
#
# Starts the jar with the deployment recipe (src/deploy/jvm.options) and the bench profile (Hibernate statistics) on
# a database its first start migrates, crawls every other address of the sitemap (2 at a time) so that the code is
# compiled and the shared indexes built, then asks for the others one at a time (every EVERY-th, and every award
# page), each once: the process's CPU time and the statements for each request, grouped by the address's pattern
# (mean CPU ms, mean statements, and the share of the sitemap). The app on 18380/18381.
set -euo pipefail
source "$(dirname "$0")/common.sh"

EVERY=20
while getopts "n:h" opt; do
  case "$opt" in
    n) EVERY="$OPTARG" ;;
    *) sed -n '2,10p' "$0"; exit 2 ;;
  esac
done

APP_PORT=18380 MGMT_PORT=18381
need_commands curl:curl
find_jar
# No warm-up: the award pages it would render before readiness are what this measures.
APP=(-jar "$JAR" --spring.profiles.active=bench --filmref.data-directory="$WORK/h2" --filmref.page-cache.warm-up=)
start_app migrate "$APP_PORT" "$MGMT_PORT" -- "${JAVA_OPTS[@]}" "${TUNED_OPTS[@]}" "${APP[@]}"
sitemap_paths "http://127.0.0.1:$APP_PORT" "$WORK/paths.txt"
stop_app
start_app costs "$APP_PORT" "$MGMT_PORT" -- "${JAVA_OPTS[@]}" "${TUNED_OPTS[@]}" "${APP[@]}"

awk 'NR % 2 == 0' "$WORK/paths.txt" | grep -v '^/search' >"$WORK/warm.txt" || true
awk -v n="$EVERY" 'NR % 2 == 1 && ((NR - 1) / 2 % n == 0 || /^\/awards/)' "$WORK/paths.txt" | grep -v '^/search' \
  >"$WORK/measured.txt" || true
: >"$WORK/warm.cfg"
while IFS= read -r path; do
  printf 'url = "http://127.0.0.1:%s%s"\noutput = "/dev/null"\n' "$APP_PORT" "$path" >>"$WORK/warm.cfg"
done <"$WORK/warm.txt"
log "Warming up: $(wc -l <"$WORK/warm.txt") addresses, 2 at a time"
curl -sS --no-progress-meter --parallel --parallel-max 2 -H 'Accept-Encoding: gzip' -K "$WORK/warm.cfg"

TICK_MS=$(( 1000 / $(getconf CLK_TCK) ))
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$APP_PID/stat"; }
statements() { metric "$MGMT_PORT" '^hibernate_statements_total.*prepared'; }
log "Measuring $(wc -l <"$WORK/measured.txt") addresses one at a time"
: >"$WORK/costs.txt"
while IFS= read -r path; do
  s0=$(statements); c0=$(cpu_ticks)
  status=$(curl -s -o /dev/null -H 'Accept-Encoding: gzip' -w '%{http_code}' --max-time 30 "http://127.0.0.1:$APP_PORT$path")
  c1=$(cpu_ticks); s1=$(statements)
  echo "$path $status $(( (c1 - c0) * TICK_MS )) $(( s1 - s0 ))" >>"$WORK/costs.txt"
done <"$WORK/measured.txt"
stop_app

# The address's pattern: /awards/academy-awards/1996 is /awards/{body}/{year}, /people?page=2 is /people?page=.
pattern() {
  awk '{ path = $1; query = ""
         if (index(path, "?")) { query = substr(path, index(path, "?")); sub(/\?.*/, "", path); sub(/=.*/, "=", query) }
         n = split(path, part, "/")
         if (path ~ /^\/awards\/seasons\/[0-9]+$/) p = "/awards/seasons/{year}"
         else if (path ~ /^\/awards\/[^\/]+\/categories\/[^\/]+$/) p = "/awards/{body}/categories/{category}"
         else if (path ~ /^\/awards\/[^\/]+\/[0-9]+$/) p = "/awards/{body}/{year}"
         else if (path ~ /^\/awards\/[^\/]+$/ && path != "/awards/seasons") p = "/awards/{body}"
         else if (n == 3) p = "/" part[2] "/{slug}"
         else p = path
         print p query, $0 }' "$1"
}
echo
printf '%-40s %16s %9s %8s %11s\n' "page" "in the sitemap" "measured" "CPU ms" "statements"
join -1 1 -2 1 <(pattern "$WORK/paths.txt" | awk '{ print $1 }' | sort | uniq -c | awk '{ print $2, $1 }' | sort) \
  <(pattern "$WORK/costs.txt" | awk '$3 == 200 { n[$1]++; c[$1] += $4; s[$1] += $5 }
      END { for (p in n) printf "%s %d %.1f %.1f\n", p, n[p], c[p] / n[p], s[p] / n[p] }' | sort) \
  | sort -k4 -nr | awk -v total="$(wc -l <"$WORK/paths.txt")" \
  '{ printf "%-40s %16s %9d %8.1f %11.1f\n", $1, sprintf("%d (%.1f %%)", $2, $2 * 100 / total), $3, $4, $5 }'
failed=$(awk '$2 != 200' "$WORK/costs.txt" | wc -l)
echo "$(wc -l <"$WORK/costs.txt") pages measured, $failed not 200"
