#!/usr/bin/env bash
# Writes nginx's configuration for filmref nodes from src/deploy/nginx.conf into PREFIX/nginx.conf and creates the
# directories it names.
#
#   src/deploy/nginx-conf.sh PREFIX LISTEN_ADDRESS NODE_ADDRESS...
#
# e.g. src/deploy/nginx-conf.sh /srv/nginx 127.0.0.1:8000 127.0.0.1:8080 127.0.0.1:8090
# then nginx -p /srv/nginx -c /srv/nginx/nginx.conf (a foreground master; `-s reload` with the same -p and -c
# applies a configuration written again).
set -euo pipefail
[ $# -ge 3 ] || { sed -n '2,9p' "$0" >&2; exit 2; }
prefix="$1" listen="$2"; shift 2
servers=""
for node in "$@"; do
  servers+="    server $node max_fails=1 fail_timeout=2s;"$'\n'
done
mkdir -p "$prefix"/tmp/{body,proxy,fastcgi,uwsgi,scgi} "$prefix/cache"
template="$(dirname "$0")/nginx.conf"
while IFS= read -r line || [ -n "$line" ]; do
  case "$line" in
    @SERVERS@) printf '%s' "$servers" ;;
    *) line="${line//@PREFIX@/$prefix}"; printf '%s\n' "${line//@LISTEN@/$listen}" ;;
  esac
done <"$template" >"$prefix/nginx.conf.new"
mv "$prefix/nginx.conf.new" "$prefix/nginx.conf"
