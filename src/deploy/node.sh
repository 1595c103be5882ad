#!/usr/bin/env bash
# Runs one filmref node as a deployment runs it, in the foreground: the packaged (or extracted) jar with Spring AOT,
# the tuned JVM options (src/deploy/jvm.options), a class-data-sharing archive where one is given, the postgres
# profile and src/deploy/node.properties. Start one per port; nginx (src/deploy/nginx.conf) spreads readers over them.
#
#   src/deploy/node.sh PORT MANAGEMENT_PORT [--spring.property=value...]
#
# Environment:
#   FILMREF_JAR           the jar (default: target/filmref-*.jar); with FILMREF_CDS_ARCHIVE, the extracted jar
#                         the archive was trained on
#   FILMREF_CDS_ARCHIVE   a class-data-sharing archive (optional)
#   FILMREF_BASE_URL      the address readers use (nginx's), for absolute links
#   SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME, SPRING_DATASOURCE_PASSWORD   the one PostgreSQL database
#   FILMREF_JAVA_OPTS     replaces the JVM options of src/deploy/jvm.options
#
# Every node runs the same migrations: the first to start on an empty database applies them (Flyway locks the
# schema history, so nodes starting together are safe), the others only validate them. SIGTERM shuts a node down
# gracefully: readiness turns to refusing traffic, in-flight requests finish (up to 20 s), then it exits.
set -euo pipefail
[ $# -ge 2 ] || { sed -n '2,17p' "$0" >&2; exit 2; }
port="$1" management_port="$2"; shift 2
deploy="$(cd "$(dirname "$0")" && pwd)"
jar="${FILMREF_JAR:-$(ls "$deploy"/../../target/filmref-*.jar 2>/dev/null | grep -v '\.original$' | head -1)}"
[ -f "$jar" ] || { echo "node.sh: no jar (build it with ./mvnw -B -DskipTests package, or set FILMREF_JAR)" >&2; exit 1; }
: "${FILMREF_BASE_URL:?node.sh: set FILMREF_BASE_URL to the address readers use}"

# The tuned recipe, one option a line, read by java itself as an argument file.
opts=("@$deploy/jvm.options")
# shellcheck disable=SC2206
[ -n "${FILMREF_JAVA_OPTS:-}" ] && opts=($FILMREF_JAVA_OPTS)
[ -n "${FILMREF_CDS_ARCHIVE:-}" ] && opts+=(-XX:SharedArchiveFile="$FILMREF_CDS_ARCHIVE")

exec java "${opts[@]}" -jar "$jar" --spring.profiles.active=postgres \
  --spring.config.additional-location="file:$deploy/node.properties" \
  --server.port="$port" --management.server.port="$management_port" "$@"
