#!/usr/bin/env bash
# Where a page's render goes (no server, no gzip, no network: Thymeleaf alone).
#
#   src/bench/render-cost.sh [-p PAGE] [-t TEMPLATE] [-a FILE[,FILE...]]   (default: /films/leaving-las-vegas, film/show)
#
# Renders PAGE's model with TEMPLATE, and with each of the template's <section id="…"> (then its <article>) removed in
# turn, in one JVM on the test database, C1 only as deployed, one thread, the output discarded; prints the best CPU
# time per render of several rounds for each, and the difference each section makes. Sections must not nest.
# With -a, instead of the sections: each FILE, a variant of TEMPLATE (it may call fragments of its own, kept under
# target/classes/templates), rendered in turn with TEMPLATE from the same model, 30 rounds; a copy of TEMPLATE among
# them shows how far two identical templates differ.
# The class is src/test/java/org/filmref/bench/RenderCost.java (a JUnit class outside Surefire's name patterns).
set -euo pipefail
cd "$(dirname "$0")/../.."
PAGE=/films/leaving-las-vegas TEMPLATE=film/show VARIANTS=""
while getopts "p:t:a:h" opt; do
  case "$opt" in
    p) PAGE="$OPTARG" ;; t) TEMPLATE="$OPTARG" ;; a) VARIANTS="$OPTARG" ;; *) sed -n '2,11p' "$0"; exit 2 ;;
  esac
done
OPTIONS="-Drender.page=$PAGE -Drender.template=$TEMPLATE"
if [ -n "$VARIANTS" ]; then
  OPTIONS="$OPTIONS -Drender.variants=$(realpath ${VARIANTS//,/ } | paste -sd,) -Drender.sections=false -Drender.rounds=30"
fi
./mvnw -q -B test -Dtest=RenderCost -Dsurefire.failIfNoSpecifiedTests=false \
  -DargLine="-XX:TieredStopAtLevel=1 $OPTIONS" | grep '^RENDER-COST' | cut -c13-
