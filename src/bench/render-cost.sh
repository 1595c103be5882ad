#!/usr/bin/env bash
# Where a page's render goes (no server, no gzip, no network: Thymeleaf alone).
#
#   src/bench/render-cost.sh [-p PAGE] [-t TEMPLATE]      (default: /films/leaving-las-vegas, film/show)
#
# Renders PAGE's model with TEMPLATE, and with each of the template's <section id="…"> (then its <article>) removed in
# turn, in one JVM on the test database, C1 only as deployed, one thread, the output discarded; prints the best CPU
# time per render of several rounds for each, and the difference each section makes. Sections must not nest.
# The class is src/test/java/org/filmref/bench/RenderCost.java (a JUnit class outside Surefire's name patterns).
set -euo pipefail
cd "$(dirname "$0")/../.."
PAGE=/films/leaving-las-vegas TEMPLATE=film/show
while getopts "p:t:h" opt; do
  case "$opt" in
    p) PAGE="$OPTARG" ;; t) TEMPLATE="$OPTARG" ;; *) sed -n '2,10p' "$0"; exit 2 ;;
  esac
done
./mvnw -q -B test -Dtest=RenderCost -Dsurefire.failIfNoSpecifiedTests=false \
  -DargLine="-XX:TieredStopAtLevel=1 -Drender.page=$PAGE -Drender.template=$TEMPLATE" | grep '^RENDER-COST' | cut -c13-
