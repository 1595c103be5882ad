#!/usr/bin/env bash
# Whether two builds serve the same pages: every address of /sitemap.xml, from each, compared byte for byte, then
# with each run of whitespace read as one space (what a browser renders the same), then also with none between tags.
#
#   src/bench/same-pages.sh [-k DIR] BEFORE AFTER
#
# BEFORE and AFTER are each a jar (started on an empty database of its own, ports 18080/18081, then crawled 4 at a
# time, without gzip) or the directory of an earlier crawl. -k DIR keeps the crawls in DIR/before and DIR/after.
# Prints how many pages are identical or the same at each level, and the addresses of the others with the first
# difference of each (at most 20). Exits 1 if any page differs beyond whitespace.
set -euo pipefail
source "$(dirname "$0")/common.sh"

KEEP=""
while getopts "k:h" opt; do
  case "$opt" in
    k) KEEP="$OPTARG" ;; *) sed -n '2,10p' "$0"; exit 2 ;;
  esac
done
shift $((OPTIND - 1))
[ $# -eq 2 ] || { sed -n '2,10p' "$0"; exit 2; }
APP_PORT=18080 MGMT_PORT=18081
# A first start on an empty database migrates and loads the data set: minutes on a busy machine.
START_TIMEOUT_S=${START_TIMEOUT_S:-600}
need_commands curl:curl python3:python3

# crawl JAR DIR: every sitemap address of a fresh start of JAR, each body in DIR/<path>/index.html (a query as ?q).
crawl() {
  local jar="$1" dir="$2" path file
  rm -rf "$DATA_DIR" "$dir"; mkdir -p "$dir"
  start_app "$(basename "$dir")" "$APP_PORT" "$MGMT_PORT" -- "${JAVA_OPTS[@]}" -jar "$jar" \
    --filmref.data-directory="$DATA_DIR"
  sitemap_paths "http://127.0.0.1:$APP_PORT" "$dir/paths.txt"
  : >"$WORK/crawl.cfg"
  while IFS= read -r path; do
    file="$dir/pages${path//\?/\/?}"
    printf 'url = "http://127.0.0.1:%s%s"\noutput = "%s/index.html"\n' "$APP_PORT" "$path" "${file%/}" >>"$WORK/crawl.cfg"
  done <"$dir/paths.txt"
  curl -sS --no-progress-meter --parallel --parallel-max 4 --create-dirs -w '%{http_code} %{url_effective}\n' \
    -K "$WORK/crawl.cfg" >"$dir/status.txt"
  stop_app
  log "$jar: $(wc -l <"$dir/paths.txt") addresses, $(awk '$1 != 200' "$dir/status.txt" | wc -l) not 200"
}

side() { # side ARG NAME: sets SIDE to the crawl directory of ARG (not in a subshell: cleanup stops what it started)
  SIDE="${KEEP:-$WORK}/$2"
  if [ -d "$1" ]; then SIDE="$1"; else crawl "$1" "$SIDE"; fi
}
side "$1" before; BEFORE="$SIDE"
side "$2" after; AFTER="$SIDE"

python3 - "$BEFORE" "$AFTER" <<'PY'
import os, re, sys
before, after = sys.argv[1], sys.argv[2]
def pages(root):
    return sorted(l.strip() for l in open(os.path.join(root, "paths.txt")) if l.strip())
def body(root, path):
    path = path.replace("?", "/?")
    with open(os.path.join(root, "pages" + path.rstrip("/"), "index.html"), "rb") as f:
        return f.read()
def runs(b):
    return re.sub(rb"\s+", b" ", b)
def squeeze(b):
    return re.sub(rb">\s+<", b"><", runs(b)).strip()
paths_before, paths_after = pages(before), pages(after)
if paths_before != paths_after:
    print("sitemaps differ: %d addresses before, %d after; only before: %s; only after: %s" % (
        len(paths_before), len(paths_after), sorted(set(paths_before) - set(paths_after))[:5],
        sorted(set(paths_after) - set(paths_before))[:5]))
same = run = space = 0
differ = []
for path in sorted(set(paths_before) & set(paths_after)):
    a, b = body(before, path), body(after, path)
    if a == b:
        same += 1
    elif runs(a) == runs(b):
        run += 1
    elif squeeze(a) == squeeze(b):
        space += 1
    else:
        differ.append((path, squeeze(a), squeeze(b)))
print("%d pages: %d identical, %d the same with each run of whitespace read as one space, %d the same with "
      "whitespace between tags left out too, %d differ otherwise" % (
          same + run + space + len(differ), same, run, space, len(differ)))
for path, a, b in differ[:20]:
    i = next((i for i in range(min(len(a), len(b))) if a[i] != b[i]), min(len(a), len(b)))
    print("%s at %d:\n  before: %s\n  after:  %s" % (path, i, a[max(0, i - 60):i + 100].decode("utf-8", "replace"),
          b[max(0, i - 60):i + 100].decode("utf-8", "replace")))
sys.exit(1 if differ or paths_before != paths_after else 0)
PY
