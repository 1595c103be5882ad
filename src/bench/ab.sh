#!/usr/bin/env bash
# Two builds side by side: the film page rendered for every request (filmref.page-cache.enabled=false), the builds
# started in turn, round after round, so that both see the same machine.
#
#   src/bench/ab.sh [-r ROUNDS] [-d DURATION] [-w WARMUP] [-c CONNECTIONS] JAR_A JAR_B
#
# Each start: -Xmx256m as deployed (common.sh), Spring AOT and C1 only (TUNED_OPTS), one database for each build
# (migrated by its first start, so the builds may differ in their migrations), port 18080/18081; a warm-up, then
# wrk -t2 --latency with gzip accepted. AB_OPTS_A and AB_OPTS_B add JVM options to one side (the same jar twice
# compares two options). Prints each run and the medians of req/s, p99,
# the app's CPU time per request (user and system, from /proc: on a machine that runs other work it moves far less
# than req/s) and peak RSS (VmHWM) per build.
set -euo pipefail
source "$(dirname "$0")/common.sh"

ROUNDS=3 DURATION=10s WARMUP=15s CONNECTIONS=8 FILM=/films/leaving-las-vegas
while getopts "r:d:w:c:h" opt; do
  case "$opt" in
    r) ROUNDS="$OPTARG" ;; d) DURATION="$OPTARG" ;; w) WARMUP="$OPTARG" ;; c) CONNECTIONS="$OPTARG" ;;
    *) sed -n '2,12p' "$0"; exit 2 ;;
  esac
done
shift $((OPTIND - 1))
[ $# -eq 2 ] || { sed -n '2,12p' "$0"; exit 2; }
need_commands wrk:wrk curl:curl
APP_PORT=18080 MGMT_PORT=18081
# The CPU time a process has used, user and system, in clock ticks.
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }
START_TIMEOUT_S=${START_TIMEOUT_S:-600}
RESULTS="$WORK/ab.tsv"

for round in $(seq 1 "$ROUNDS"); do
  for side in A B; do
    jar="$1" extra=(${AB_OPTS_A:-})
    [ "$side" = B ] && jar="$2" extra=(${AB_OPTS_B:-})
    start_app "$side" "$APP_PORT" "$MGMT_PORT" -- "${JAVA_OPTS[@]}" "${TUNED_OPTS[@]}" "${extra[@]}" -jar "$jar" \
      --filmref.data-directory="$DATA_DIR-$side" --filmref.page-cache.enabled=false
    run_wrk "$WORK/warmup.txt" "http://127.0.0.1:$APP_PORT$FILM" -t2 -c"$CONNECTIONS" -d"$WARMUP" -H 'Accept-Encoding: gzip'
    ticks=$(cpu_ticks "$APP_PID")
    run_wrk "$WORK/wrk.txt" "http://127.0.0.1:$APP_PORT$FILM" -t2 -c"$CONNECTIONS" -d"$DURATION" --timeout 10s \
      -H 'Accept-Encoding: gzip'
    ticks=$(( $(cpu_ticks "$APP_PID") - ticks ))
    printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$round" "$side" "$(wrk_rps "$WORK/wrk.txt")" "$(wrk_pct "$WORK/wrk.txt" 99)" \
      "$(peak_rss_mib "$APP_PID")" "$(awk -v t="$ticks" -v hz="$(getconf CLK_TCK)" \
        '/ requests in / { printf "%.2f", t * 1000 / hz / $1 }' "$WORK/wrk.txt")" | tee -a "$RESULTS" >&2
    stop_app
  done
done

median() { sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
echo "uncached $FILM, wrk -t2 -c$CONNECTIONS -d$DURATION, $ROUNDS rounds, medians (raw: round side req/s p99 RSS CPU above)"
for side in A B; do
  jar="$1"; [ "$side" = B ] && jar="$2"
  printf '%s %-40s %8s req/s  p99 %7s ms  CPU %5s ms a request  peak RSS %5s MiB\n' "$side" "$(basename "$jar")" \
    "$(awk -F'\t' -v s="$side" '$2 == s { print $3 }' "$RESULTS" | median)" \
    "$(awk -F'\t' -v s="$side" '$2 == s { print $4 }' "$RESULTS" | median)" \
    "$(awk -F'\t' -v s="$side" '$2 == s { print $6 }' "$RESULTS" | median)" \
    "$(awk -F'\t' -v s="$side" '$2 == s { print $5 }' "$RESULTS" | median)"
done
