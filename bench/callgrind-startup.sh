#!/bin/sh
# Instructions from spawn to the handshake line, counted by valgrind's callgrind (all threads),
# for node -e 0, the bare HTTP/2 TLS server and both providers, started as terraform starts them
# (AutoMTLS on; NODE_EXTRA_CA_CERTS as this environment sets it). Counts do not move with the
# machine's load, so this runs beside other work. Needs valgrind, openssl and a build (`node
# scripts/build.mjs`); one plain start of each provider first makes its code cache, so the
# counted start reads it as terraform's starts do. `NAME@http2` stops a provider's start where it
# first loads node:http2 (grpc-js's load begins). Usage: bench/callgrind-startup.sh [program...]
set -eu
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for who in server client; do
  openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 1 -subj /CN=localhost \
    -keyout "$work/$who-key.pem" -out "$work/$who-cert.pem" 2>/dev/null
done
export TF_PLUGIN_MAGIC_COOKIE=d602bf8f470bc67ca7faa0386276bbdd4330efaf76d1a219cb4d6991ca9872b2
export PLUGIN_PROTOCOL_VERSIONS=5,6
PLUGIN_CLIENT_CERT=$(cat "$work/client-cert.pem"); export PLUGIN_CLIENT_CERT
BARE_KEY_PEM=$(cat "$work/server-key.pem"); export BARE_KEY_PEM
BARE_CERT_PEM=$(cat "$work/server-cert.pem"); export BARE_CERT_PEM
unset TF_LOG TF_LOG_PROVIDER
preload=bench/exit-at-handshake.cjs
for program in ${*:-floor bare truenas proxmox}; do
  case $program in
    floor) args="-e 0" ;;
    bare) args="-r ./$preload bench/bare-plugin-server.cjs" ;;
    truenas | proxmox | truenas@http2 | proxmox@http2)
      provider=${program%@http2}
      stop=$preload
      [ "$provider" = "$program" ] || stop=bench/exit-at-http2.cjs
      timeout 5 node "bin/terraform-provider-$provider.cjs" >/dev/null || true
      args="-r ./$stop bin/terraform-provider-$provider.cjs" ;;
    *) echo "unknown program $program" >&2; exit 2 ;;
  esac
  # shellcheck disable=SC2086
  valgrind --tool=callgrind --callgrind-out-file="$work/out" node $args >/dev/null 2>"$work/log"
  total=$(sed -n 's/.*Collected : \([0-9]*\).*/\1/p' "$work/log")
  echo "$program $(awk "BEGIN { printf \"%.1f\", $total / 1e6 }")M"
done
